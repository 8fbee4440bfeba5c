using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Mechanisms;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Components.Mechanisms;

/// <summary>The mechanism and session forms, posted as a browser posts them.</summary>
public abstract class MechanismPageTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheForms_CreateAMechanism_ThenASession_KeepingTheInputBesideEachProblem()
    {
        var officer = await App.SignInNewUserAsync("khanh-hoa");
        var own = (await ReadAsync<WhoAmI>(await officer.GetAsync("/api/account/me", Ct))).ProvinceId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = TestData.Unique("Ủy ban kết nghĩa Khánh Hòa – Jeju");
        var created = await PostFormAsync(officer, "/mechanisms/new", "mechanism", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Kind"] = "TwinningCommittee", ["Input.ProvinceIds"] = own,
            ["Input.ForeignMembers[0].Name"] = "Jeju Special Self-Governing Province", ["Input.ForeignMembers[0].CountryCode"] = "KR",
            ["Input.ForeignMembers[1].Name"] = "", ["Input.ForeignMembers[1].CountryCode"] = "", ["Input.Version"] = "0",
        });
        var mechanism = Assert.Single((await ReadAsync<Paged<MechanismRow>>(await officer.GetAsync($"/api/mechanisms?q={Uri.EscapeDataString(name)}", Ct))).Items);

        var session = new Dictionary<string, string>
        {
            ["Input.Number"] = "1", ["Input.StartDate"] = "2026-03-10", ["Input.EndDate"] = "2026-03-09", ["Input.Venue"] = "Nha Trang", ["Input.CountryCode"] = "VN",
            ["Input.Attendees[0].Name"] = "Kim Min-jun", ["Input.Attendees[0].Side"] = "Foreign", ["Input.Attendees[0].Role"] = "HeadOfDelegation",
            ["Input.Results[0].FieldCode"] = "tourism", ["Input.Results[0].Description"] = "Direct flights opened", ["Input.Results[0].Count"] = "3",
            ["Input.Commitments[0].Description"] = "Exchange tourism fairs", ["Input.Commitments[0].Owner"] = "Department of Culture", ["Input.Commitments[0].Status"] = "Open",
            ["Input.Version"] = "0",
        };
        var refused = await PostFormAsync(officer, $"/mechanisms/{mechanism.Id}/sessions/new", "session", new(session));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        session["Input.EndDate"] = "2026-03-11";
        var saved = await PostFormAsync(officer, $"/mechanisms/{mechanism.Id}/sessions/new", "session", new(session));
        var details = await ReadAsync<MechanismDetails>(await officer.GetAsync($"/api/mechanisms/{mechanism.Id}", Ct));
        var first = await ReadAsync<SessionDetails>(await officer.GetAsync($"/api/sessions/{Assert.Single(details.Sessions).Id}", Ct));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(["Jeju Special Self-Governing Province"], details.ForeignMembers.Select(f => f.Name));
        Assert.Contains("The last day can't be before the first.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kim Min-jun\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Kim Min-jun", AttendeeSide.Foreign), (Assert.Single(first.Attendees).Name, first.Attendees[0].Side));
        Assert.Equal(3, Assert.Single(first.Results).Count);
        Assert.Equal("Exchange tourism fairs", Assert.Single(first.Commitments).Description);
    }
}

public sealed class MechanismPageTests_Sqlite(SqliteApp app) : MechanismPageTests(app);

public sealed class MechanismPageTests_Postgres(PostgresApp app) : MechanismPageTests(app);

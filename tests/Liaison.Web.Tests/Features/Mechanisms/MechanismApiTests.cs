using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Deadlines;
using Liaison.Web.Features.Mechanisms;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Mechanisms;

/// <summary>A mechanism shared by its member provinces, its numbered sessions, and what each promised.</summary>
public abstract class MechanismApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AMechanism_IsReadAndKeptByEachMemberProvince_AndByNoOther()
    {
        var founder = await App.SignInNewUserAsync("khanh-hoa");
        var member = await App.SignInNewUserAsync("lam-dong");
        var outsider = await App.SignInNewUserAsync("dak-lak");
        var ministry = await App.SignInNewUserAsync("dak-lak", Roles.MinistryReader);
        var name = TestData.Unique("Joint working group with Champasak");
        var input = new MechanismInput
        {
            Kind = MechanismKind.JointWorkingGroup, Name = name,
            ProvinceIds = [await ProvinceOfAsync(founder), await ProvinceOfAsync(member)],
            ForeignMembers = [new() { Name = "Champasak Province", CountryCode = "LA" }],
        };

        var created = await ReadAsync<MechanismDetails>(await PostJsonAsync(founder, "/api/mechanisms", input));
        var first = await ReadAsync<SessionDetails>(await PostJsonAsync(member, $"/api/mechanisms/{created.Id}/sessions", Session(1, DateOnly.FromDateTime(DateTime.Today).AddDays(10))));

        foreach (var reader in new[] { founder, member, ministry })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/mechanisms/{created.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/sessions/{first.Id}", Ct)).StatusCode);
            Assert.Single((await ReadAsync<Paged<MechanismRow>>(await reader.GetAsync($"/api/mechanisms?q={Uri.EscapeDataString(name)}", Ct))).Items);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/mechanisms/{created.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/sessions/{first.Id}", Ct)).StatusCode);
        Assert.Empty((await ReadAsync<Paged<MechanismRow>>(await outsider.GetAsync($"/api/mechanisms?q={Uri.EscapeDataString(name)}", Ct))).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await PutJsonAsync(outsider, $"/api/sessions/{first.Id}", first.ToInput())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(outsider, $"/api/mechanisms/{created.Id}/sessions", Session(2, DateOnly.FromDateTime(DateTime.Today)))).StatusCode);

        // The founder links its minutes; the other member corrects the session without being able to read them, and the link stays.
        var partner = await TestData.CreatePartnerAsync(founder);
        var minutesInput = TestData.Agreement(partner.Id, TestData.Unique("Minutes of the 1st session"));
        minutesInput.Kind = AgreementKind.Minutes;
        var minutes = await TestData.CreateAgreementAsync(founder, minutesInput);
        var linking = first.ToInput();
        linking.MinutesAgreementId = minutes.Id;
        var linked = await ReadAsync<SessionDetails>(await PutJsonAsync(founder, $"/api/sessions/{first.Id}", linking));
        var correcting = linked.ToInput();
        correcting.Venue = "Pakse";
        var corrected = await ReadAsync<SessionDetails>(await PutJsonAsync(member, $"/api/sessions/{first.Id}", correcting));
        Assert.Equal((minutes.Id, (string?)null, "Pakse"), (corrected.MinutesAgreementId!.Value, corrected.MinutesTitle, corrected.Venue));
        var stolen = linked.ToInput();
        stolen.Version = corrected.Version;
        stolen.MinutesAgreementId = minutes.Id + 100000;
        Assert.Contains("minutesAgreementId", (await ValidationErrorsAsync(await PutJsonAsync(member, $"/api/sessions/{first.Id}", stolen))).Keys);

        // The session's commitment falls due on both members' lists, and on nobody else's.
        var commitment = $"/sessions/{first.Id}";
        Assert.Contains(await DueAsync(founder), i => i.Item.Link == commitment);
        Assert.Contains(await DueAsync(member), i => i.Item.Link == commitment);
        Assert.DoesNotContain(await DueAsync(outsider), i => i.Item.Link == commitment);
    }

    [Fact]
    public async Task ASession_OpensOnWhatThePreviousSessionPromised_AndWhatBecameOfIt()
    {
        var officer = await App.SignInNewUserAsync("khanh-hoa");
        var mechanism = await ReadAsync<MechanismDetails>(await PostJsonAsync(officer, "/api/mechanisms", new MechanismInput
        {
            Kind = MechanismKind.TwinningCommittee, Name = TestData.Unique("Twinning committee"), ProvinceIds = [await ProvinceOfAsync(officer)],
            ForeignMembers = [new() { Name = "Gimhae City", CountryCode = "KR" }],
        }));
        var earlier = Session(4, new DateOnly(2024, 6, 12));
        earlier.Commitments =
        [
            new() { Description = "Hold 500 exchange activities", Owner = "Department of Foreign Affairs", Status = CommitmentStatus.Done, ProgressNotes = "548 held" },
            new() { Description = "Build the border bridge", Owner = "Department of Construction", Status = CommitmentStatus.InProgress },
        ];
        await ReadAsync<SessionDetails>(await PostJsonAsync(officer, $"/api/mechanisms/{mechanism.Id}/sessions", earlier));
        var later = Session(5, new DateOnly(2025, 10, 29));
        later.Results = [new() { FieldCode = "culture", Description = "Exchange activities since the 4th session", Count = 548 }];
        var fifth = await ReadAsync<SessionDetails>(await PostJsonAsync(officer, $"/api/mechanisms/{mechanism.Id}/sessions", later));

        Assert.Equal(4, fifth.Previous!.Number);
        Assert.Equal([("Hold 500 exchange activities", CommitmentStatus.Done, "548 held"), ("Build the border bridge", CommitmentStatus.InProgress, null)],
            fifth.Previous.Commitments.Select(c => (c.Description, c.Status, c.ProgressNotes)));
        Assert.Equal(548, Assert.Single(fifth.Results).Count);
        var page = WebUtility.HtmlDecode(await (await officer.GetAsync($"/sessions/{fifth.Id}", Ct)).Content.ReadAsStringAsync(Ct));
        Assert.True(page.IndexOf("Promised at the", StringComparison.Ordinal) < page.IndexOf("Directions agreed", StringComparison.Ordinal));
        Assert.Contains("548 held", page, StringComparison.Ordinal);
        Assert.Equal([5, 4], (await ReadAsync<MechanismDetails>(await officer.GetAsync($"/api/mechanisms/{mechanism.Id}", Ct))).Sessions.Select(s => s.Number));
    }

    [Fact]
    public async Task BadSessionsAndMechanisms_AreRefused_WithTheFieldToFix()
    {
        var officer = await App.SignInNewUserAsync("khanh-hoa");
        var other = await App.SignInNewUserAsync("dak-lak");
        var mechanism = await ReadAsync<MechanismDetails>(await PostJsonAsync(officer, "/api/mechanisms", new MechanismInput
        {
            Kind = MechanismKind.Other, Name = TestData.Unique("Forum"), ProvinceIds = [await ProvinceOfAsync(officer)],
            ForeignMembers = [new() { Name = "Phnom Penh", CountryCode = "KH" }],
        }));
        await ReadAsync<SessionDetails>(await PostJsonAsync(officer, $"/api/mechanisms/{mechanism.Id}/sessions", Session(1, new DateOnly(2025, 1, 10))));

        var twice = await ValidationErrorsAsync(await PostJsonAsync(officer, $"/api/mechanisms/{mechanism.Id}/sessions", Session(1, new DateOnly(2025, 2, 10))));
        var backwards = Session(2, new DateOnly(2025, 3, 10));
        backwards.EndDate = new DateOnly(2025, 3, 9);
        backwards.Results = [new() { FieldCode = "astrology", Description = "?" }];
        var wrong = await ValidationErrorsAsync(await PostJsonAsync(officer, $"/api/mechanisms/{mechanism.Id}/sessions", backwards));
        var notMine = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/mechanisms", new MechanismInput
        {
            Kind = MechanismKind.Other, Name = "Someone else's", ProvinceIds = [await ProvinceOfAsync(other)], ForeignMembers = [],
        }));

        Assert.Equal(["The mechanism already has a session number 1."], twice["number"]);
        Assert.Equal(["The last day can't be before the first."], wrong["endDate"]);
        Assert.Contains("results[0].fieldCode", wrong.Keys);
        Assert.Equal(["Your own province must be a member: a mechanism is kept by its members."], notMine["provinceIds"]);
        Assert.Contains("foreignMembers", notMine.Keys);
    }

    [Fact]
    public async Task TwoMembersEditingOneSession_TheSecondIsRefused_WithWhatDiffers()
    {
        var founder = await App.SignInNewUserAsync("khanh-hoa");
        var member = await App.SignInNewUserAsync("lam-dong");
        var mechanism = await ReadAsync<MechanismDetails>(await PostJsonAsync(founder, "/api/mechanisms", new MechanismInput
        {
            Kind = MechanismKind.JointWorkingGroup, Name = TestData.Unique("Working group"), ProvinceIds = [await ProvinceOfAsync(founder), await ProvinceOfAsync(member)],
            ForeignMembers = [new() { Name = "Attapeu Province", CountryCode = "LA" }],
        }));
        var session = await ReadAsync<SessionDetails>(await PostJsonAsync(founder, $"/api/mechanisms/{mechanism.Id}/sessions", Session(1, new DateOnly(2025, 5, 5))));
        var first = session.ToInput();
        first.Venue = "Attapeu";
        var second = session.ToInput();
        second.Venue = "Da Lat";

        await ReadAsync<SessionDetails>(await PutJsonAsync(founder, $"/api/sessions/{session.Id}", first));
        var response = await PutJsonAsync(member, $"/api/sessions/{session.Id}", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var venue = problem.RootElement.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("field").GetString() == "Venue");
        Assert.Equal(("Attapeu", "Da Lat"), (venue.GetProperty("saved").GetString(), venue.GetProperty("yours").GetString()));
        Assert.Equal("Attapeu", (await ReadAsync<SessionDetails>(await member.GetAsync($"/api/sessions/{session.Id}", Ct))).Venue);
    }

    [Fact]
    public async Task Commitments_AreListedByStatusAndSessionDate_ForEveryMemberProvince_AndExportedAsCsv()
    {
        var founder = await App.SignInNewUserAsync("khanh-hoa");
        var member = await App.SignInNewUserAsync("lam-dong");
        var outsider = await App.SignInNewUserAsync("dak-lak");
        var ministry = await App.SignInNewUserAsync("dak-lak", Roles.MinistryReader);
        var created = await ReadAsync<MechanismDetails>(await PostJsonAsync(founder, "/api/mechanisms", new MechanismInput
        {
            Kind = MechanismKind.TwinningCommittee, Name = TestData.Unique("Twinning committee with Champasak"),
            ProvinceIds = [await ProvinceOfAsync(founder), await ProvinceOfAsync(member)],
            ForeignMembers = [new() { Name = "Champasak Province", CountryCode = "LA" }],
        }));
        var session = Session(1, new DateOnly(2024, 5, 6));
        session.Commitments =
        [
            new() { Description = "Exchange tourism delegations", Owner = "Department of Culture", Status = CommitmentStatus.Done },
            new() { Description = "Open a coffee trade fair", Owner = "Department of Industry and Trade", DueDate = new DateOnly(2024, 12, 1), Status = CommitmentStatus.InProgress },
            new() { Description = "Build a school", Owner = "Department of Education", Status = CommitmentStatus.Dropped },
        ];
        await ReadAsync<SessionDetails>(await PostJsonAsync(member, $"/api/mechanisms/{created.Id}/sessions", session));
        var list = $"/api/commitments?mechanismId={created.Id}";

        async Task<int> TotalAsync(HttpClient client, string url) => (await ReadAsync<Paged<CommitmentRow>>(await client.GetAsync(url, Ct))).Total;

        foreach (var reader in new[] { founder, member, ministry })
        {
            Assert.Equal(3, await TotalAsync(reader, list));
        }

        Assert.Equal(0, await TotalAsync(outsider, list));
        Assert.Equal(1, await TotalAsync(founder, $"{list}&pending=true"));
        Assert.Equal("Open a coffee trade fair", (await ReadAsync<Paged<CommitmentRow>>(await founder.GetAsync($"{list}&pending=true", Ct))).Items.Single().Description);
        Assert.Equal(1, await TotalAsync(founder, $"{list}&status=Done"));
        Assert.Equal(3, await TotalAsync(founder, $"{list}&from=2024-05-06&to=2024-05-06"));
        Assert.Equal(0, await TotalAsync(founder, $"{list}&from=2024-05-07"));
        // A shared mechanism's commitments belong to each member province's report, and to no other's.
        Assert.Equal(3, await TotalAsync(ministry, $"{list}&province=lam-dong"));
        Assert.Equal(0, await TotalAsync(ministry, $"{list}&province=dak-lak"));

        var csv = await founder.GetStringAsync($"/api/commitments/export.csv?mechanismId={created.Id}&sort=due", Ct);
        var lines = csv.TrimStart('\uFEFF').TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("id,mechanism,session,session_date,commitment,owner,due_date,status,progress", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("Open a coffee trade fair,Department of Industry and Trade,2024-12-01,InProgress", StringComparison.Ordinal));
        Assert.Equal(string.Empty, (await outsider.GetStringAsync($"/api/commitments/export.csv?mechanismId={created.Id}", Ct)).TrimStart('\uFEFF').Split('\n', 2)[1].Trim());
    }

    private static SessionInput Session(int number, DateOnly start) => new()
    {
        Number = number, StartDate = start, EndDate = start.AddDays(1), Venue = "Nha Trang", CountryCode = "VN", Host = "Provincial People's Committee",
        Attendees = [new() { Name = "Nguyễn Văn A", Title = "Vice Chairman", Side = AttendeeSide.Domestic, Role = AttendeeRole.HeadOfDelegation }],
        Commitments = [new() { Description = "Exchange tourism delegations", Owner = "Department of Culture", DueDate = start.AddDays(20) }],
    };

    private static async Task<int> ProvinceOfAsync(HttpClient client) =>
        (await ReadAsync<WhoAmI>(await client.GetAsync("/api/account/me", Ct))).ProvinceId!.Value;

    private static async Task<List<DueItem>> DueAsync(HttpClient client) =>
        [.. (await ReadAsync<DueList>(await client.GetAsync("/api/deadlines/due?pageSize=200&days=366", Ct))).Page.Items];
}

public sealed class MechanismApiTests_Sqlite(SqliteApp app) : MechanismApiTests(app);

public sealed class MechanismApiTests_Postgres(PostgresApp app) : MechanismApiTests(app);

/// <summary>The demo's Joint Working Group, as article 002 tells it.</summary>
public abstract class MechanismDemoTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheJointWorkingGroup_Has548ExchangeActivitiesAtItsEleventhSession_AndTheTenthsDirectionsBeforeThem()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var group = Assert.Single((await ReadAsync<Paged<MechanismRow>>(await laiChau.GetAsync("/api/mechanisms?q=joint%20working%20group", Ct))).Items);
        var details = await ReadAsync<MechanismDetails>(await laiChau.GetAsync($"/api/mechanisms/{group.Id}", Ct));
        var eleventh = await ReadAsync<SessionDetails>(await laiChau.GetAsync($"/api/sessions/{details.Sessions.Single(s => s.Number == 11).Id}", Ct));

        Assert.Equal(["Dien Bien", "Lai Chau", "Lao Cai", "Tuyen Quang"], details.Provinces.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(548, eleventh.Results.Single(r => r.FieldCode == "culture").Count);
        Assert.Equal(10, eleventh.Previous!.Number);
        Assert.Equal(9, eleventh.Previous.Commitments.Count);
        Assert.Contains(eleventh.Attendees, a => a.Name == "Liu Yong" && a.Side == AttendeeSide.Foreign && a.Role == AttendeeRole.HeadOfDelegation);
        Assert.StartsWith("Minutes of the 11th session", eleventh.MinutesTitle, StringComparison.Ordinal);
    }
}

public sealed class MechanismDemoTests_Sqlite(SqliteDemoApp app) : MechanismDemoTests(app);

public sealed class MechanismDemoTests_Postgres(PostgresDemoApp app) : MechanismDemoTests(app);

using System.Net;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Components.Border;

/// <summary>The border forms, posted as a browser posts them, and what each user is shown.</summary>
public abstract class BorderPageTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheGateForm_KeepsTheInputBesideEachProblem_ThenSavesTheHistory()
    {
        var officer = await App.SignInNewUserAsync("quang-tri");
        var name = TestData.Unique("Cửa khẩu La Lay");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Type"] = "International", ["Input.CounterpartName"] = "La Lay", ["Input.CounterpartCountryCode"] = "LA",
            ["Input.Events[0].Kind"] = "Upgraded", ["Input.Events[0].Year"] = "2015", ["Input.Events[0].Month"] = "13",
            ["Input.Events[1].Kind"] = "", ["Input.Events[1].Year"] = "", ["Input.Version"] = "0",
        };

        // A number that names no type (forms bind "99" to the enum) is refused like any other bad choice.
        var unknownType = WebUtility.HtmlDecode(await (await PostFormAsync(officer, "/gates/new", "gate", new(fields) { ["Input.Type"] = "99" })).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Choose the type of gate from the list.", unknownType, StringComparison.Ordinal);

        var refused = await PostFormAsync(officer, "/gates/new", "gate", new(fields));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The month must be between 1 and 12.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{name}\"", html, StringComparison.Ordinal);
        Assert.Empty((await ReadAsync<Paged<BorderGateRow>>(await officer.GetAsync($"/api/border/gates?q={Uri.EscapeDataString(name)}", Ct))).Items);

        fields["Input.Events[0].Month"] = "6";
        var saved = await PostFormAsync(officer, "/gates/new", "gate", new(fields));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var gate = await ReadAsync<BorderGateDetails>(await officer.GetAsync($"/api/border/gates/{Assert.Single((await ReadAsync<Paged<BorderGateRow>>(await officer.GetAsync($"/api/border/gates?q={Uri.EscapeDataString(name)}", Ct))).Items).Id}", Ct));
        Assert.Equal(("Jun 2015", GateState.Unknown), (Assert.Single(gate.Events).When, gate.State));
    }

    [Fact]
    public async Task OnlyABorderOfficer_IsShownTheIncidentsTab_AndTheIncidentText_AsText()
    {
        var officer = await App.SignInNewUserAsync("quang-tri");
        var border = await App.SignInNewBorderUserAsync("quang-tri");
        var place = TestData.Unique("<script>alert(1)</script> marker 600");
        var saved = await PostFormAsync(border, "/incidents/new", "incident", new Dictionary<string, string>
        {
            ["Input.OccurredOn"] = "2025-03-02", ["Input.Kind"] = "Smuggling", ["Input.Status"] = "Reported", ["Input.Place"] = place,
            ["Input.Description"] = "Goods carried across at night", ["Input.Version"] = "0",
        });
        var incident = Assert.Single((await ReadAsync<Paged<BorderIncidentRow>>(await border.GetAsync($"/api/border/incidents?q={Uri.EscapeDataString(place)}", Ct))).Items);

        var page = await (await border.GetAsync($"/incidents/{incident.Id}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/incidents\"", await (await border.GetAsync("/gates", Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/incidents\"", await (await officer.GetAsync("/gates", Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var denied = await officer.GetAsync($"/incidents/{incident.Id}", Ct);
        Assert.Contains("/account/denied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class BorderPageTests_Sqlite(SqliteApp app) : BorderPageTests(app);

public sealed class BorderPageTests_Postgres(PostgresApp app) : BorderPageTests(app);

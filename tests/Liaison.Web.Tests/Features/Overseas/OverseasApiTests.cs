using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Overseas;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Overseas;

/// <summary>Overseas Vietnamese contacts: where they are, how to reach them, the events they took part in; found by name or event, by country.</summary>
public abstract class OverseasApiTests(LiaisonApp app) : AppTests(app)
{
    private const string Province = "vinh-long";

    [Fact]
    public async Task AContact_KeepsTheEventsTheyTookPartIn_AndIsFoundByCountryAndEvent()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var name = TestData.Unique("Hội người Việt tại Melbourne");
        var input = new OverseasContactInput
        {
            Kind = OverseasContactKind.Association, Name = name, CountryCode = "au", City = "Melbourne", Field = "Culture, business", HomeTie = "Members from Vinh Long",
            HowToReach = "secretary@example.org",
            Involvements = [new() { Name = "Spring homeland tour 2025", OccurredOn = new DateOnly(2025, 1, 20) }, new() { Name = "Investment forum", OccurredOn = new DateOnly(2025, 10, 3) }, new()],
        };

        var created = await ReadAsync<OverseasContactDetails>(await PostJsonAsync(officer, "/api/overseas", input));

        Assert.Equal(("AU", 2), (created.CountryCode, created.Involvements.Count));
        var row = Assert.Single((await ReadAsync<Paged<OverseasRow>>(await officer.GetAsync($"/api/overseas?country=AU&q={Uri.EscapeDataString("homeland tour")}&pageSize=200", Ct))).Items, r => r.Id == created.Id);
        Assert.Equal((2, new DateOnly(2025, 10, 3)), (row.Involvements, row.LastInvolved!.Value));

        // One more event, and the list follows; the version read before is refused.
        var edit = created.ToInput();
        edit.Involvements.Add(new() { Name = "Tet gathering", OccurredOn = new DateOnly(2026, 2, 1) });
        var updated = await ReadAsync<OverseasContactDetails>(await PutJsonAsync(officer, $"/api/overseas/{created.Id}", edit));
        Assert.Equal(3, updated.Involvements.Count);
        Assert.Equal(HttpStatusCode.Conflict, (await PutJsonAsync(officer, $"/api/overseas/{created.Id}", created.ToInput())).StatusCode);
    }

    [Fact]
    public async Task BadInput_IsRefused_AndReadersCanNotWrite()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var bad = new OverseasContactInput { Name = " ", CountryCode = "VN", Involvements = [new() { Note = "no name", OccurredOn = new DateOnly(1960, 1, 1) }] };
        Assert.Equal(["countryCode", "involvements[0].name", "involvements[0].occurredOn", "kind", "name"],
            (await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/overseas", bad))).Keys.Order(StringComparer.Ordinal));

        var viewer = await App.SignInNewUserAsync(Province, Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/overseas", new OverseasContactInput { Kind = OverseasContactKind.Person, Name = "X", CountryCode = "FR" })).StatusCode);
    }
}

public sealed class OverseasApiTests_Sqlite(SqliteApp app) : OverseasApiTests(app);

public sealed class OverseasApiTests_Postgres(PostgresApp app) : OverseasApiTests(app);

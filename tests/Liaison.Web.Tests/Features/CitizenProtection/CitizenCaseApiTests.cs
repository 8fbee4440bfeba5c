using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.CitizenProtection;
using Liaison.Web.Features.Search;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.CitizenProtection;

/// <summary>
/// Citizen-protection cases: a batch return counted by people and by case, personal data only for those who handle cases
/// (everyone else counts), every opening of a file audited, exports without personal data unless the role allows it.
/// </summary>
public abstract class CitizenCaseApiTests(LiaisonApp app) : AppTests(app)
{
    private const string Province = "an-giang";

    [Fact]
    public async Task ABatchReturn_IsOneCase_CountedByCaseAndByPeople()
    {
        var keeper = await App.SignInNewCaseUserAsync(Province);
        var gate = await NewGateAsync(keeper);
        var batch = Batch(gate, new DateOnly(2025, 3, 12), "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
        var single = Batch(gate, new DateOnly(2025, 6, 2), "Phạm Thị Dung");
        single.Kind = CaseKind.Accident;

        var created = await ReadAsync<CitizenCaseDetails>(await PostJsonAsync(keeper, "/api/cases", batch));
        await ReadAsync<CitizenCaseDetails>(await PostJsonAsync(keeper, "/api/cases", single));

        Assert.Equal(3, created.People.Count);
        var all = await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?gateId={gate}", Ct));
        Assert.Equal((2, 4L), (all.Total, all.Totals![ListCitizenCasesHandler.PeopleTotal]));
        Assert.Equal([1, 3], all.Items.Select(i => i.People).Order());

        // Counted by the day they came back across the border, and by kind.
        var march = await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?gateId={gate}&dated=Received&from=2025-03-01&to=2025-03-31", Ct));
        Assert.Equal((1, 3L), (march.Total, march.Totals![ListCitizenCasesHandler.PeopleTotal]));
        var accidents = await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?gateId={gate}&kind=Accident", Ct));
        Assert.Equal((1, 1L), (accidents.Total, accidents.Totals![ListCitizenCasesHandler.PeopleTotal]));

        // A person taken off the list is one person fewer.
        var edit = created.ToInput();
        edit.People.RemoveAt(1);
        var updated = await ReadAsync<CitizenCaseDetails>(await PutJsonAsync(keeper, $"/api/cases/{created.Id}", edit));
        Assert.Equal(["Nguyễn Văn An", "Lê Văn Cường"], updated.People.Select(p => p.FullName));
        Assert.Equal(3L, (await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?gateId={gate}", Ct))).Totals![ListCitizenCasesHandler.PeopleTotal]);
    }

    [Fact]
    public async Task AReaderWithoutTheCasePermission_SeesCounts_NeverNames()
    {
        var keeper = await App.SignInNewCaseUserAsync(Province);
        var gate = await NewGateAsync(keeper);
        var name = TestData.Unique("Hoang Van Khanh");
        var created = await ReadAsync<CitizenCaseDetails>(await PostJsonAsync(keeper, "/api/cases", Batch(gate, new DateOnly(2025, 4, 1), name, "Vo Thi Lan")));

        foreach (var reader in new[] { await App.SignInNewUserAsync(Province, Roles.Viewer), await App.SignInNewUserAsync(Province), await App.SignInNewUserAsync(Province, Roles.ProvincialLeader) })
        {
            var response = await reader.GetAsync($"/api/cases?gateId={gate}", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            var counted = await ReadAsync<Paged<CitizenCaseRow>>(response);
            Assert.Equal((1, 2L), (counted.Total, counted.Totals![ListCitizenCasesHandler.PeopleTotal]));
            Assert.DoesNotContain(name, body, StringComparison.Ordinal);

            // The file, its history and a search by name are not for them; nor is the export with people.
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/api/cases/{created.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/api/cases/{created.Id}/history", Ct)).StatusCode);
            Assert.Equal(0, (await ReadAsync<Paged<CitizenCaseRow>>(await reader.GetAsync($"/api/cases?q={Uri.EscapeDataString(name)}", Ct))).Total);
            Assert.DoesNotContain((await ReadAsync<SearchResults>(await reader.GetAsync($"/api/search?q={Uri.EscapeDataString(name)}", Ct))).Hits, h => h.Type == "CitizenCase");
            var csv = await reader.GetStringAsync($"/api/cases/export.csv?gateId={gate}", Ct);
            Assert.Contains($"{created.Id},", csv, StringComparison.Ordinal);
            Assert.DoesNotContain(name, csv, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/api/cases/export.csv?gateId={gate}&people=true", Ct)).StatusCode);

            // The page counts them and names no one.
            var page = await reader.GetStringAsync($"/cases?gateId={gate}", Ct);
            Assert.DoesNotContain(name, page, StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"/cases/{created.Id}\"", page, StringComparison.Ordinal);
        }

        // Those who handle cases find the person by name, without diacritics too.
        var hit = Assert.Single((await ReadAsync<SearchResults>(await keeper.GetAsync($"/api/search?q={Uri.EscapeDataString(name)}", Ct))).Hits, h => h.Type == "CitizenCase");
        Assert.Equal($"/cases/{created.Id}", hit.Link);
        Assert.DoesNotContain(name, hit.Title, StringComparison.Ordinal);
        Assert.Equal(created.Id, Assert.Single((await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?q={Uri.EscapeDataString(name)}", Ct))).Items).Id);
    }

    [Fact]
    public async Task EveryViewOfAPersonsFile_IsAudited_AndTheChainHolds()
    {
        var keeperEmail = await App.CreateUserAsync(Province, handlesCitizenCases: true);
        var keeper = await App.SignInAsync(keeperEmail, LiaisonApp.Password);
        var ministryEmail = await App.CreateUserAsync(Province, Roles.MinistryReader, handlesCitizenCases: true);
        var ministry = await App.SignInAsync(ministryEmail, LiaisonApp.Password);
        var admin = await App.SignInNewUserAsync(Province, Roles.Administrator);
        var name = TestData.Unique("Dang Thi Mai");
        var created = await ReadAsync<CitizenCaseDetails>(await PostJsonAsync(keeper, "/api/cases", Batch(null, new DateOnly(2025, 5, 5), name)));

        await ReadAsync<CitizenCaseDetails>(await keeper.GetAsync($"/api/cases/{created.Id}", Ct));
        Assert.Equal(name, (await ReadAsync<CitizenCaseDetails>(await ministry.GetAsync($"/api/cases/{created.Id}", Ct))).People[0].FullName);
        Assert.Equal(HttpStatusCode.OK, (await keeper.GetAsync($"/cases/{created.Id}", Ct)).StatusCode);

        // A save on an old version is refused with the file as saved now, field by field: that shows the file too.
        Assert.Equal(HttpStatusCode.Conflict, (await PutJsonAsync(keeper, $"/api/cases/{created.Id}", Batch(null, new DateOnly(2025, 5, 5), "Someone else"))).StatusCode);

        // The answer to the creation, the API twice, the page, the refused save and the history itself: six views, each by its reader.
        var views = (await ReadAsync<List<HistoryItem>>(await keeper.GetAsync($"/api/cases/{created.Id}/history", Ct))).Where(h => h.Action == AuditAction.Viewed).ToList();
        Assert.Equal([keeperEmail, keeperEmail, ministryEmail, keeperEmail, keeperEmail, keeperEmail], views.Select(v => v.UserName).Reverse());
        Assert.Equal(
            [GetCitizenCaseHandler.CaseFile, GetCitizenCaseHandler.CaseFile, GetCitizenCaseHandler.CaseFile, GetCitizenCaseHandler.CaseFile, GetCitizenCaseHandler.CaseFile, CitizenCaseEndpoints.CaseHistory],
            views.Select(v => Assert.Single(v.Changes)).Reverse().Select(c => c.After));

        // The administrator sees that the file was opened and changed, by whom, but not the names in it.
        var trail = await ReadAsync<Paged<AuditRow>>(await admin.GetAsync($"/api/audit?entityType=CitizenCase&entityId={created.Id}&pageSize=50", Ct));
        Assert.Equal(6, trail.Items.Count(i => i.Action == AuditAction.Viewed));
        Assert.Contains(trail.Items, i => i.EntityType == nameof(CasePerson) && i.Changes.Any(c => c.Field == "FullName" && c.After == SearchAuditTrailHandler.WithheldCase));
        Assert.DoesNotContain(trail.Items.SelectMany(i => i.Changes), c => c.After?.Contains(name, StringComparison.Ordinal) == true);
        Assert.True((await ReadAsync<AuditVerification>(await admin.GetAsync("/api/audit/verify", Ct))).Intact);

        // Opening a file changes nothing in it.
        Assert.Equal(created.Version, (await ReadAsync<CitizenCaseDetails>(await keeper.GetAsync($"/api/cases/{created.Id}", Ct))).Version);
    }

    [Fact]
    public async Task AnExport_LeavesPersonalDataOut_UnlessTheRoleAllowsIt_AndIsAudited()
    {
        var keeper = await App.SignInNewCaseUserAsync(Province);
        var ministry = await App.SignInAsync(await App.CreateUserAsync(Province, Roles.MinistryReader, handlesCitizenCases: true), LiaisonApp.Password);
        var gate = await NewGateAsync(keeper);
        var created = await ReadAsync<CitizenCaseDetails>(await PostJsonAsync(keeper, "/api/cases", Batch(gate, new DateOnly(2025, 7, 7), "Bui Van Nam", "Ngo Thi Oanh")));

        var plain = (await keeper.GetStringAsync($"/api/cases/export.csv?gateId={gate}", Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,file_number,kind,country_code,opened,received_at_border,border_gate_id,people,status,closed", plain[0].TrimStart('\uFEFF').TrimEnd('\r'));
        Assert.Equal(2, plain.Length);
        Assert.DoesNotContain("Bui Van Nam", plain[1], StringComparison.Ordinal);

        var withPeople = (await keeper.GetStringAsync($"/api/cases/export.csv?gateId={gate}&people=true", Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("full_name,identity_document,date_of_birth,home_commune", withPeople[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Equal(3, withPeople.Length);
        Assert.Contains(",Bui Van Nam,", withPeople[1], StringComparison.Ordinal);
        Assert.Contains(",Ngo Thi Oanh,", withPeople[2], StringComparison.Ordinal);
        var history = await ReadAsync<List<HistoryItem>>(await keeper.GetAsync($"/api/cases/{created.Id}/history", Ct));
        Assert.Contains(history, h => h.Action == AuditAction.Viewed && h.Changes.Single().After == ExportCitizenCasesHandler.PeopleExport);

        // The ministry opens files one by one but takes no province's people away in bulk.
        var refused = await ProblemDetailAsync(await ministry.GetAsync($"/api/cases/export.csv?people=true", Ct), HttpStatusCode.Forbidden);
        Assert.Contains("without personal data", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSteps_AreRefusedWithAMessageEach_AndNothingIsWritten()
    {
        var keeper = await App.SignInNewCaseUserAsync(Province);
        var gate = await NewGateAsync(keeper);
        var input = Batch(gate, new DateOnly(2025, 3, 10), "Ta Van Phuc", "Mai Thi Quyen");
        input.CountryCode = "VN";
        input.VerifiedOn = new DateOnly(2025, 3, 1);                 // before the request
        input.CoordinatedOn = DateOnly.FromDateTime(DateTime.Today).AddDays(2); // in the future
        input.ReceivedAtBorderOn = null;                              // a gate without the day
        input.HandedOverOn = new DateOnly(2025, 3, 20);
        input.Status = CaseStatus.Closed;                             // closed without a day or an outcome
        input.People[1].IdentityDocument = input.People[0].IdentityDocument = "079201000123";
        input.People[0].DateOfBirth = new DateOnly(1890, 1, 1);

        var errors = await ValidationErrorsAsync(await PostJsonAsync(keeper, "/api/cases", input));

        Assert.Equal(
            ["closedOn", "coordinatedOn", "countryCode", "outcome", "people[0].dateOfBirth", "people[1].identityDocument", "receivedAtBorderOn", "verifiedOn"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?gateId={gate}", Ct))).Total);

        // A case names its people; handing over comes after the border.
        var empty = Batch(null, new DateOnly(2025, 3, 10));
        empty.ReceivedAtBorderOn = new DateOnly(2025, 3, 15);
        empty.HandedOverOn = new DateOnly(2025, 3, 14);
        Assert.Equal(["handedOverOn", "people"], (await ValidationErrorsAsync(await PostJsonAsync(keeper, "/api/cases", empty))).Keys.Order(StringComparer.Ordinal));

        // An officer without the permission keeps no case; with the ministry's reading, neither does the ministry.
        var officer = await App.SignInNewUserAsync(Province);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(officer, "/api/cases", Batch(null, new DateOnly(2025, 3, 10), "X"))).StatusCode);
        var ministry = await App.SignInAsync(await App.CreateUserAsync(Province, Roles.MinistryReader, handlesCitizenCases: true), LiaisonApp.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(ministry, "/api/cases", Batch(null, new DateOnly(2025, 3, 10), "X"))).StatusCode);
    }

    [Fact]
    public async Task ACaseOfAnotherProvince_IsNotThere()
    {
        var keeper = await App.SignInNewCaseUserAsync(Province);
        var created = await ReadAsync<CitizenCaseDetails>(await PostJsonAsync(keeper, "/api/cases", Batch(null, new DateOnly(2025, 8, 8), "Kim Van Son")));
        var elsewhere = await App.SignInNewCaseUserAsync("tay-ninh");

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/cases/{created.Id}", Ct)).StatusCode);
        var edit = created.ToInput();
        Assert.Equal(HttpStatusCode.NotFound, (await PutJsonAsync(elsewhere, $"/api/cases/{created.Id}", edit)).StatusCode);
    }

    private static async Task<int> NewGateAsync(HttpClient client)
    {
        var gate = new BorderGateInput
        {
            Name = TestData.Unique("Vinh Xuong"), Type = GateType.International, CounterpartName = "Kaam Samnor", CounterpartCountryCode = "KH",
            Events = [new() { Kind = GateEventKind.Opened, Year = 2000 }],
        };
        return (await ReadAsync<BorderGateDetails>(await PostJsonAsync(client, "/api/border/gates", gate))).Id;
    }

    internal static CitizenCaseInput Batch(int? gate, DateOnly on, params string[] names) => new()
    {
        Kind = CaseKind.IrregularWork, CountryCode = "KH", PlaceAbroad = "Kandal Province", ForeignAuthority = "Immigration police of Kandal",
        RequestReceivedOn = on, VerifiedOn = on.AddDays(1), ReceivedAtBorderOn = gate is null ? null : on.AddDays(2), BorderGateId = gate, Status = CaseStatus.Open,
        People = [.. names.Select((n, i) => new CasePersonInput { FullName = n, IdentityDocument = $"0892010{i:D5}", DateOfBirth = new DateOnly(1990 + i, 1, 1), HomeCommune = "Vinh Xuong, Tan Chau" })],
    };
}

public sealed class CitizenCaseApiTests_Sqlite(SqliteApp app) : CitizenCaseApiTests(app);

public sealed class CitizenCaseApiTests_Postgres(PostgresApp app) : CitizenCaseApiTests(app);

using System.Net;
using System.Text;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Aid;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Aid;

/// <summary>Aid projects through the API. Rates are put in years of their own (2047–2049), the table being shared.</summary>
public abstract class AidProjectApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AProject_KeepsItsDonorSectorsPlacesAndMoney_AndTotalsThemInTheCurrencyAskedFor()
    {
        await RatesAsync("2047-01-01,USD,25000\n2047-06-01,USD,26000\n2047-06-01,KRW,18\n");
        var officer = await App.SignInNewUserAsync("lai-chau");
        var donor = await TestData.CreatePartnerAsync(officer, TestData.Partner("KOICA"));
        var input = TestData.AidProject(donor.Id);
        input.Transactions =
        [
            new() { Kind = AidTransactionKind.Commitment, Date = new DateOnly(2047, 1, 10), Amount = 400_000m, Currency = "USD" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2047, 1, 20), Amount = 100_000m, Currency = "USD" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2047, 6, 15), Amount = 1_000_000_000m, Currency = "VND", Description = "Counterpart transfer" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2047, 6, 15), Amount = 10_000_000m, Currency = "KRW" },
        ];
        input.InKind = [new() { Description = "Ambulance", Quantity = 2, Unit = "vehicles", ValueAmount = 60_000, ValueCurrency = "USD" }];

        var created = await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", input));
        var inDollars = await ReadAsync<AidProjectDetails>(await officer.GetAsync($"/api/aid/{created.Id}?currency=USD", Ct));

        Assert.Equal(["KOICA", "Provincial Department of Health"], created.Participants.Select(p => p.Name));
        Assert.Equal([("12220", "Basic health care", 50m), ("14030", "Basic drinking water supply and basic sanitation", 50m)], created.Sectors.Select(s => (s.Code, s.Name, s.Percentage)));
        Assert.Equal(["Sin Ho", "Phong Tho"], created.Places);
        var disbursed = created.Totals.Single(t => t.Kind == AidTransactionKind.Disbursement);
        Assert.Equal(new Dictionary<string, decimal> { ["KRW"] = 10_000_000m, ["USD"] = 100_000m, ["VND"] = 1_000_000_000m }, disbursed.ByCurrency);
        Assert.Equal((100_000m * 25_000m) + 1_000_000_000m + (10_000_000m * 18m), disbursed.Converted.Amount);
        Assert.Equal("VND", disbursed.Converted.Currency);
        Assert.Equal(400_000m * 25_000m, created.Totals.Single(t => t.Kind == AidTransactionKind.Commitment).Converted.Amount);
        Assert.Equal(100_000m + 38_461.54m + 6_923.08m, inDollars.Totals.Single(t => t.Kind == AidTransactionKind.Disbursement).Converted.Amount);
        Assert.Empty(created.Warnings);
    }

    [Fact]
    public async Task TheList_BreaksCommitmentsAndDisbursementsDown_ByDonor_BySectorShare_ByYear_AndByPlaceShare()
    {
        var officer = await App.SignInNewUserAsync("bac-ninh");
        var japan = await TestData.CreatePartnerAsync(officer, TestData.Partner("JICA"));
        var korea = await TestData.CreatePartnerAsync(officer, TestData.Partner("KOICA"));
        var first = TestData.AidProject(japan.Id, "Breakdown one"); // sectors 50/50, places Sin Ho and Phong Tho
        first.Transactions =
        [
            new() { Kind = AidTransactionKind.Commitment, Date = new DateOnly(2024, 1, 10), Amount = 2_000_000m, Currency = "VND" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2024, 5, 1), Amount = 1_000_000m, Currency = "VND" },
        ];
        var second = TestData.AidProject(korea.Id, "Breakdown two");
        second.Sectors = [new() { Code = "11220", Percentage = 100 }];
        second.Places = ["Sin Ho"];
        second.Transactions = [new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2025, 5, 1), Amount = 3_000_000m, Currency = "VND" }];
        await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", first));
        await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", second));

        var list = await ReadAsync<AidList>(await officer.GetAsync("/api/aid?q=breakdown", Ct));
        static IEnumerable<(string, decimal, decimal)> Lines(IReadOnlyList<AidBreakdown> lines) =>
            lines.Select(b => (b.Key, b.Committed.Amount!.Value, b.Disbursed.Amount!.Value));

        Assert.Equal([("KOICA", 0m, 3_000_000m), ("JICA", 2_000_000m, 1_000_000m)], Lines(list.ByDonor));
        Assert.Equal(
            [
                ("11220 Primary education", 0m, 3_000_000m),
                ("12220 Basic health care", 1_000_000m, 500_000m),
                ("14030 Basic drinking water supply and basic sanitation", 1_000_000m, 500_000m),
            ],
            Lines(list.BySector));
        Assert.Equal([("2024", 2_000_000m, 1_000_000m), ("2025", 0m, 3_000_000m)], Lines(list.ByYear));
        Assert.Equal([("Sin Ho", 1_000_000m, 3_500_000m), ("Phong Tho", 1_000_000m, 500_000m)], Lines(list.ByPlace));
        Assert.Equal([1, 2], list.ByPlace.Select(p => p.Projects).Order());
    }

    [Fact]
    public async Task ADisbursementAboveTheCommitment_IsKept_ButFlagged()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var donor = await TestData.CreatePartnerAsync(officer);
        var input = TestData.AidProject(donor.Id);
        input.Transactions =
        [
            new() { Kind = AidTransactionKind.Commitment, Date = new DateOnly(2023, 5, 1), Amount = 1_000_000_000m, Currency = "VND" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2023, 9, 1), Amount = 1_200_000_000m, Currency = "VND" },
        ];

        var created = await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", input));

        Assert.Equal("More has been disbursed (1,200,000,000 VND) than committed (1,000,000,000 VND). Check the transactions, or record the further commitment.", Assert.Single(created.Warnings));
    }

    [Fact]
    public async Task ATransactionInACurrencyWithNoRate_LeavesTheTotalOpen_AndNamesTheMissingRate()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var donor = await TestData.CreatePartnerAsync(officer);
        var input = TestData.AidProject(donor.Id);
        input.Transactions = [new() { Kind = AidTransactionKind.Commitment, Date = new DateOnly(2048, 2, 3), Amount = 5_000m, Currency = "CHF" }];

        var created = await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", input));
        var committed = created.Totals.Single(t => t.Kind == AidTransactionKind.Commitment).Converted;

        Assert.Null(committed.Amount);
        Assert.Contains("no exchange rate for CHF on 2048-02-03", committed.Explanation, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "sectors", "{\"code\":\"12220\",\"percentage\":60},{\"code\":\"14030\",\"percentage\":30}", "The sectors' shares must total 100 per cent; they total 90." },
        { "sectors[0].code", "{\"code\":\"99999\",\"percentage\":100}", "\"99999\" is not an OECD DAC 5-digit sector code. Choose one from the list." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task SectorsThatDontTotal100OrDontExist_AreRefused_AndNothingIsWritten(string key, string sectorsJson, string message)
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var donor = await TestData.CreatePartnerAsync(officer);
        var title = TestData.Unique("Refused aid");
        var json = System.Text.Json.JsonSerializer.Serialize(TestData.AidProject(donor.Id, title), Json);
        json = System.Text.RegularExpressions.Regex.Replace(json, "\"sectors\":\\[[^\\]]*\\]", $"\"sectors\":[{sectorsJson}]");

        var errors = await ValidationErrorsAsync(await officer.PostAsync("/api/aid", new StringContent(json, Encoding.UTF8, "application/json"), Ct));

        Assert.Equal([message], errors[key]);
        Assert.Equal(0, (await ReadAsync<AidList>(await officer.GetAsync($"/api/aid?q={Uri.EscapeDataString(title)}", Ct))).Page.Total);
    }

    [Fact]
    public async Task ANegativeDisbursement_ABareNumber_AndAnUnknownCurrency_AreRefused()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var donor = await TestData.CreatePartnerAsync(officer);
        var input = TestData.AidProject(donor.Id);
        input.ValueCurrency = null;
        input.Transactions =
        [
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2023, 5, 1), Amount = -10m, Currency = "USD" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2023, 5, 1), Amount = 10m, Currency = "XYZ" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2023, 5, 1), Amount = 10.5m, Currency = "VND" },
        ];
        input.Participants = [new() { Role = ParticipantRole.Implementing, Name = "Department of Health" }];

        var errors = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/aid", input));

        Assert.Equal(["The transaction's amount can't be negative; record a correction as its own transaction."], errors["transactions[0].amount"]);
        Assert.Equal(["\"XYZ\" is not an ISO 4217 currency code."], errors["transactions[1].currency"]);
        Assert.Equal(["VND amounts have 0 decimals at most."], errors["transactions[2].amount"]);
        Assert.Equal(["Choose the aid's value's currency: an amount is never a bare number."], errors["valueCurrency"]);
        Assert.Equal(["Name the donor: at least one organisation with the role \"funding\"."], errors["participants"]);
    }

    [Fact]
    public async Task AidIsKeptByOfficersAndLeaders_NotByViewersOrUnits_AndAStaleEditIsRefused()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var donor = await TestData.CreatePartnerAsync(officer);
        var viewer = await App.SignInNewUserAsync("lai-chau", Roles.Viewer);
        var unit = await App.SignInNewUserAsync("lai-chau", Roles.UnitContributor);
        var created = await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", TestData.AidProject(donor.Id)));
        var first = created.ToInput();
        var second = created.ToInput();
        first.Title = "Renamed by the first";
        second.Status = AidStatus.Closed;

        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/aid", TestData.AidProject(donor.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(unit, "/api/aid", TestData.AidProject(donor.Id))).StatusCode);
        await ReadAsync<AidProjectDetails>(await PutJsonAsync(officer, $"/api/aid/{created.Id}", first));
        var stale = await PutJsonAsync(officer, $"/api/aid/{created.Id}", second);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Renamed by the first", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task RatesAsync(string lines)
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var response = await admin.PostAsync("/api/exchange-rates/import", new StringContent("date,currency,dong_per_unit\n" + lines, Encoding.UTF8, "text/csv"), Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}

public sealed class AidProjectApiTests_Sqlite(SqliteApp app) : AidProjectApiTests(app);

public sealed class AidProjectApiTests_Postgres(PostgresApp app) : AidProjectApiTests(app);

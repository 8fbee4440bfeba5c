using Liaison.Web.Features.Labour;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Labour;

public abstract class LabourApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AProgramme_KeepsItsSeasons_AndAddsThemUp()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var locality = await TestData.CreatePartnerAsync(officer, new() { Kind = Liaison.Web.Features.Partners.PartnerKind.ForeignCity, NameEn = "Mungyeong City", CountryCode = "KR" });
        var input = new LabourInput
        {
            Title = TestData.Unique("Seasonal work"),
            PartnerId = locality.Id,
            Seasons =
            [
                new() { Year = 2024, WorkersSent = 100, ReturnedOnTime = 97, StayedIllegally = 3, AverageMonthlyIncome = 37_000_000m, IncomeCurrency = "VND" },
                new() { Year = 2025, Label = "spring", WorkersSent = 50, ReturnedOnTime = 20 },
            ],
        };

        var created = await ReadAsync<LabourDetails>(await PostJsonAsync(officer, "/api/labour", input));

        Assert.Equal((150, 117, 3), (created.WorkersSent, created.ReturnedOnTime, created.StayedIllegally));
        Assert.Equal(37_000_000m, created.Seasons[0].AverageMonthlyIncome);
        Assert.Equal("Mungyeong City", created.PartnerName);
    }

    [Fact]
    public async Task TheList_SumsTheSeasonsOfTheYearsAskedFor_AndExportsThemAsCsv()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var locality = await TestData.CreatePartnerAsync(officer);
        var title = TestData.Unique("Seasonal fishing work");
        await ReadAsync<LabourDetails>(await PostJsonAsync(officer, "/api/labour", new LabourInput
        {
            Title = title, PartnerId = locality.Id,
            Seasons =
            [
                new() { Year = 2023, WorkersSent = 10, ReturnedOnTime = 10 },
                new() { Year = 2024, Label = "spring", WorkersSent = 20, ReturnedOnTime = 18, StayedIllegally = 2 },
                new() { Year = 2024, Label = "autumn", WorkersSent = 30, ReturnedOnTime = 29, StayedIllegally = 1 },
            ],
        }));
        var q = Uri.EscapeDataString(title);

        var in2024 = await ReadAsync<Paged<LabourRow>>(await officer.GetAsync($"/api/labour?q={q}&from=2024-03-01&to=2024-03-31", Ct));
        var every = await ReadAsync<Paged<LabourRow>>(await officer.GetAsync($"/api/labour?q={q}", Ct));
        var later = await ReadAsync<Paged<LabourRow>>(await officer.GetAsync($"/api/labour?q={q}&from=2025-01-01", Ct));

        Assert.Equal((2, 50, 47, 3), (in2024.Items.Single().Seasons, in2024.Items.Single().WorkersSent, in2024.Items.Single().ReturnedOnTime, in2024.Items.Single().StayedIllegally));
        Assert.Equal(50, in2024.Totals![ListLabourProgrammesHandler.WorkersSentTotal]);
        Assert.Equal((3, 60L), (every.Items.Single().Seasons, every.Totals![ListLabourProgrammesHandler.WorkersSentTotal]));
        Assert.Equal((0, 0L), (later.Total, later.Totals![ListLabourProgrammesHandler.WorkersSentTotal]));

        var csv = await officer.GetStringAsync($"/api/labour/export.csv?q={q}&from=2024-01-01", Ct);
        var lines = csv.TrimStart('\uFEFF').TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("programme_id,programme,partner,agreement,year,season,workers_sent", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",2024,autumn,30,29,1,,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",2024,spring,20,18,2,,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreWorkersBackThanSent_AndAnIncomeWithoutCurrency_AreRefused()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var locality = await TestData.CreatePartnerAsync(officer);
        var input = new LabourInput
        {
            Title = "Bad seasons",
            PartnerId = locality.Id,
            Seasons = [new() { Year = 2024, WorkersSent = 10, ReturnedOnTime = 9, StayedIllegally = 2, AverageMonthlyIncome = 1000m }],
        };

        var errors = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/labour", input));

        Assert.Equal(["More workers came back or stayed on than were sent."], errors["seasons[0].workersSent"]);
        Assert.Equal(["Choose the income's currency: an amount is never a bare number."], errors["seasons[0].incomeCurrency"]);
    }
}

public sealed class LabourApiTests_Sqlite(SqliteApp app) : LabourApiTests(app);

public sealed class LabourApiTests_Postgres(PostgresApp app) : LabourApiTests(app);

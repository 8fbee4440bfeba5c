using Liaison.Web.Features.Labour;
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

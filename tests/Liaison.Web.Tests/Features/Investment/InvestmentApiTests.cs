using System.Net;
using System.Text;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Investment;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Investment;

public abstract class InvestmentApiTests(LiaisonApp app) : AppTests(app)
{
    private static InvestmentInput Project(int investorId, string? name = null) => new()
    {
        Name = name ?? TestData.Unique("Wind farm"),
        InvestorId = investorId,
        Sector = InvestmentSector.Energy,
        CertificateNumber = "2345678901",
        CertificateDate = new DateOnly(2050, 3, 1),
        Status = InvestmentStatus.Operating,
        RegisteredAmount = 100_000_000m,
        Currency = "USD",
        Location = "Ia Pech commune",
        JobsCreated = 120,
    };

    [Fact]
    public async Task AProject_KeepsItsCapitalAdjustments_AndTheListTotalsCapitalAtEachCertificatesRate()
    {
        var admin = await App.SignInNewUserAsync("quang-ninh", Roles.Administrator);
        var rates = await admin.PostAsync("/api/exchange-rates/import", new StringContent("date,currency,dong_per_unit\n2050-03-01,USD,30000\n2050-09-01,USD,31000\n2050-03-01,KRW,20\n", Encoding.UTF8, "text/csv"), Ct);
        Assert.True(rates.IsSuccessStatusCode);
        var officer = await App.SignInNewUserAsync("quang-ninh");
        var investor = await TestData.CreatePartnerAsync(officer, new() { Kind = Liaison.Web.Features.Partners.PartnerKind.Company, NameEn = "Hanwha Energy", CountryCode = "KR" });
        var input = Project(investor.Id, "Ia Pech wind farm");
        input.Adjustments = [new() { Date = new DateOnly(2050, 9, 1), Amount = 20_000_000m, Note = "Second phase" }];
        var korean = Project(investor.Id);
        korean.Currency = "KRW";
        korean.RegisteredAmount = 15_000_000_000m;

        var created = await ReadAsync<InvestmentDetails>(await PostJsonAsync(officer, "/api/investments", input));
        await ReadAsync<InvestmentDetails>(await PostJsonAsync(officer, "/api/investments", korean));
        var list = await ReadAsync<InvestmentList>(await officer.GetAsync("/api/investments?from=2050-01-01&to=2050-12-31&country=KR", Ct));

        Assert.Equal("KR", created.CountryCode); // taken from the investor
        Assert.Equal(120_000_000m, created.CurrentCapital);
        Assert.Equal(2, list.Page.Total);
        // 100M USD + 20M USD (same currency) + 15bn KRW × 20 / 30,000 = 10M USD
        Assert.Equal(130_000_000m, list.Capital.Amount);
        Assert.Equal(240, list.Jobs);
        Assert.Equal(("KR", 130_000_000m), (Assert.Single(list.ByCountry).Key, list.ByCountry[0].Total.Amount!.Value));
        Assert.Equal(("Energy", 3), (Assert.Single(list.BySector).Key, list.BySector[0].Count)); // two registrations and one adjustment
    }

    [Fact]
    public async Task BadCapital_AndAnInvestorFromAnotherProvince_AreRefused()
    {
        var officer = await App.SignInNewUserAsync("quang-ninh");
        var elsewhere = await App.SignInNewUserAsync("ca-mau");
        var foreign = await TestData.CreatePartnerAsync(elsewhere);
        var investor = await TestData.CreatePartnerAsync(officer);
        var bad = Project(investor.Id);
        bad.RegisteredAmount = -5;
        bad.Currency = "ABC";
        bad.Adjustments = [new() { Date = new DateOnly(2050, 5, 1), Amount = 0 }];

        var errors = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/investments", bad));
        var stranger = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/investments", Project(foreign.Id)));

        Assert.Equal(["The registered capital must be more than 0."], errors["registeredAmount"]);
        Assert.Equal(["\"ABC\" is not an ISO 4217 currency code."], errors["currency"]);
        Assert.Equal(["An adjustment raises or lowers the capital; it can't be 0."], errors["adjustments[0].amount"]);
        Assert.Equal(["Choose the investor from your province's partner register."], stranger["investorId"]);
    }

    [Fact]
    public async Task InvestmentIsKeptByOfficers_NotViewers_AndAStaleEditIsRefused()
    {
        var officer = await App.SignInNewUserAsync("quang-ninh");
        var viewer = await App.SignInNewUserAsync("quang-ninh", Roles.Viewer);
        var investor = await TestData.CreatePartnerAsync(officer);
        var created = await ReadAsync<InvestmentDetails>(await PostJsonAsync(officer, "/api/investments", Project(investor.Id)));
        var first = created.ToInput();
        var second = created.ToInput();
        first.JobsCreated = 300;
        second.Status = InvestmentStatus.Suspended;

        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/investments", Project(investor.Id))).StatusCode);
        await ReadAsync<InvestmentDetails>(await PutJsonAsync(officer, $"/api/investments/{created.Id}", first));
        var stale = await PutJsonAsync(officer, $"/api/investments/{created.Id}", second);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("JobsCreated", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

public sealed class InvestmentApiTests_Sqlite(SqliteApp app) : InvestmentApiTests(app);

public sealed class InvestmentApiTests_Postgres(PostgresApp app) : InvestmentApiTests(app);

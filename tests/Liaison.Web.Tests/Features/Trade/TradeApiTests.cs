using System.Net;
using System.Text;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Trade;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Trade;

/// <summary>Trade figures of Ha Tinh, a province no other test writes trade for, in years of their own (2052–2053).</summary>
public abstract class TradeApiTests(LiaisonApp app) : AppTests(app)
{
    private static TradeInput Figure(TradePeriod period, DateOnly start, TradeDirection direction, decimal amount, string currency = "USD", string country = "LA") => new()
    {
        Period = period, PeriodStart = start, Direction = direction, Amount = amount, Currency = currency, CountryCode = country, Gate = "Cau Treo international border gate",
    };

    [Fact]
    public async Task Figures_AreTotalledByDirectionAndYear_EachAtTheRateOfItsPeriodsLastDay()
    {
        var admin = await App.SignInNewUserAsync("ha-tinh", Roles.Administrator);
        Assert.True((await admin.PostAsync("/api/exchange-rates/import", new StringContent("date,currency,dong_per_unit\n2052-12-31,USD,32000\n2052-12-31,EUR,35200\n2053-03-31,USD,33000\n", Encoding.UTF8, "text/csv"), Ct)).IsSuccessStatusCode);
        var officer = await App.SignInNewUserAsync("ha-tinh");

        await ReadAsync<TradeDetails>(await PostJsonAsync(officer, "/api/trade", Figure(TradePeriod.Year, new DateOnly(2052, 1, 1), TradeDirection.Export, 1_000_000m)));
        await ReadAsync<TradeDetails>(await PostJsonAsync(officer, "/api/trade", Figure(TradePeriod.Year, new DateOnly(2052, 1, 1), TradeDirection.Export, 500_000m, "EUR", "TH")));
        await ReadAsync<TradeDetails>(await PostJsonAsync(officer, "/api/trade", Figure(TradePeriod.Quarter, new DateOnly(2053, 1, 1), TradeDirection.Import, 3_300_000_000m, "VND")));
        var list = await ReadAsync<TradeList>(await officer.GetAsync("/api/trade?from=2052-01-01&to=2053-12-31", Ct));

        Assert.Equal(1_000_000m + 550_000m, list.Exports.Amount); // 500,000 EUR × 35,200 / 32,000
        Assert.Equal(100_000m, list.Imports.Amount); // 3.3bn VND at the rate of 31 March
        Assert.Equal([2052, 2053], list.ByYear.Select(y => y.Year));
        Assert.Equal(0m, list.ByYear[0].Imports.Amount);
        Assert.Equal([("LA", 1_100_000m), ("TH", 550_000m)], list.ByCountry.Select(b => (b.Key, b.Total.Amount!.Value)));
        Assert.Equal(("Cau Treo international border gate", 1_650_000m), (Assert.Single(list.ByGate).Key, list.ByGate[0].Total.Amount!.Value));
    }

    [Fact]
    public async Task APeriodThatDoesntStartWhereItShould_AnUnknownCountry_AndANegativeValue_AreRefused()
    {
        var officer = await App.SignInNewUserAsync("ha-tinh");
        var bad = Figure(TradePeriod.Quarter, new DateOnly(2052, 2, 1), TradeDirection.Export, -1m, "USD", "XX");

        var errors = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/trade", bad));

        Assert.Equal(["A quarter starts on 1 January, 1 April, 1 July or 1 October."], errors["periodStart"]);
        Assert.Equal(["\"XX\" is not an ISO 3166-1 country code."], errors["countryCode"]);
        Assert.Equal(["The value can't be negative."], errors["amount"]);
    }

    [Fact]
    public async Task TradeIsKeptByOfficers_NotViewers()
    {
        var viewer = await App.SignInNewUserAsync("ha-tinh", Roles.Viewer);

        var refused = await PostJsonAsync(viewer, "/api/trade", Figure(TradePeriod.Month, new DateOnly(2052, 5, 1), TradeDirection.Export, 10m));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

public sealed class TradeApiTests_Sqlite(SqliteApp app) : TradeApiTests(app);

public sealed class TradeApiTests_Postgres(PostgresApp app) : TradeApiTests(app);

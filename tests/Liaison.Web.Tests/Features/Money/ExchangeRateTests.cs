using System.Net;
using System.Text;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Money;

/// <summary>
/// The rate table that every total cites. Each test uses years of its own, since the table is shared by the
/// whole run on one database.
/// </summary>
public abstract class ExchangeRateTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AnAdministrator_ImportsRatesFromCsv_WhichEveryoneCanRead_AndAReimportCorrectsThem()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var viewer = await App.SignInNewUserAsync("lai-chau", Roles.Viewer);

        var first = await ReadAsync<RatesSaved>(await ImportAsync(admin, "date,currency,dong_per_unit\n2041-01-02,USD,25345.5\n2041-01-02,krw,17.9\n\n2041-02-03,USD,25400\n"));
        var again = await ReadAsync<RatesSaved>(await ImportAsync(admin, "Date,Currency,Dong_per_unit\r\n2041-01-02,USD,25350\r\n2041-02-03,USD,25400\r\n"));
        var listed = await ReadAsync<Paged<ExchangeRateRow>>(await viewer.GetAsync("/api/exchange-rates?from=2041-01-01&to=2041-12-31", Ct));

        Assert.Equal(new RatesSaved(3, 0), first);
        Assert.Equal(new RatesSaved(0, 1), again);
        Assert.Equal(
            [("USD", new DateOnly(2041, 2, 3), 25400m), ("KRW", new DateOnly(2041, 1, 2), 17.9m), ("USD", new DateOnly(2041, 1, 2), 25350m)],
            listed.Items.Select(r => (r.CurrencyCode, r.Date, r.DongPerUnit)));
    }

    [Fact]
    public async Task AFileWithBadLines_IsRefusedWhole_NamingEachLine()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        const string csv = "date,currency,dong_per_unit\n2042-01-02,USD,25345\n02/01/2042,USD,25345\n2042-01-03,XYZ,1\n2042-01-04,EUR,-3\n2042-01-05,VND,1\n2042-01-06,EUR\n";

        var errors = await ValidationErrorsAsync(await ImportAsync(admin, csv));
        var listed = await ReadAsync<Paged<ExchangeRateRow>>(await admin.GetAsync("/api/exchange-rates?from=2042-01-01&to=2042-12-31", Ct));

        Assert.Equal(
            [
                "Line 3: \"02/01/2042\" is not a date like 2025-01-31.",
                "Line 4: \"XYZ\" is not an ISO 4217 currency code.",
                "Line 5: a rate must be more than 0 and at most 1,000,000,000 dong.",
                "Line 6: the dong is what rates are given in; it needs no rate.",
                "Line 7: it must have three values: date, currency, dong per unit.",
            ],
            errors["file"]);
        Assert.Equal(0, listed.Total);
    }

    [Fact]
    public async Task OnlyAnAdministrator_KeepsTheRates()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");

        var imported = await ImportAsync(officer, "date,currency,dong_per_unit\n2043-01-02,USD,25345\n");
        var added = await PostJsonAsync(officer, "/api/exchange-rates", new ExchangeRateInput { CurrencyCode = "USD", Date = new DateOnly(2043, 1, 2), DongPerUnit = 25345 });

        Assert.Equal(HttpStatusCode.Forbidden, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, added.StatusCode);
    }

    [Fact]
    public async Task ATotal_ConvertsEachAmountAtTheRateOfItsDate_AndSaysWhichRatesItUsed()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        await ReadAsync<RatesSaved>(await ImportAsync(admin, "date,currency,dong_per_unit\n2044-01-01,USD,25000\n2044-06-01,USD,26000\n2044-06-10,EUR,28000\n"));

        var total = await TotalAsync(
            [new(1000m, "USD", new DateOnly(2044, 1, 15)), new(1000m, "USD", new DateOnly(2044, 6, 1)), new(100m, "EUR", new DateOnly(2044, 6, 30)), new(5_000_000m, "VND", new DateOnly(2044, 3, 1))],
            "VND");
        var inDollars = await TotalAsync([new(26_000_000m, "VND", new DateOnly(2044, 6, 5)), new(100m, "EUR", new DateOnly(2044, 6, 30))], "USD");

        Assert.Equal(25_000_000m + 26_000_000m + 2_800_000m + 5_000_000m, total.Amount);
        Assert.Equal([new DateOnly(2044, 1, 1), new DateOnly(2044, 6, 1), new DateOnly(2044, 6, 10)], total.RatesUsed.Select(r => r.RateDate).Distinct().Order());
        Assert.Contains("USD 25,000 VND (2044-01-01)", total.Explanation, StringComparison.Ordinal);
        Assert.Equal(1000m + 107.69m, inDollars.Amount); // 2,800,000 / 26,000 = 107.6923…, rounded once at the end
    }

    [Fact]
    public async Task ATotal_NamesEachRateItUsedOnce_WithTheEarliestDateItServed()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        await ReadAsync<RatesSaved>(await ImportAsync(admin, "date,currency,dong_per_unit\n2046-03-01,USD,25500\n2046-03-20,USD,25600\n"));

        // Four amounts on three dates lean on the rate of 1 March, one on that of 20 March; read in no order of date.
        var total = await TotalAsync(
            [new(10m, "USD", new DateOnly(2046, 3, 9)), new(10m, "USD", new DateOnly(2046, 3, 2)), new(10m, "USD", new DateOnly(2046, 3, 25)),
             new(10m, "USD", new DateOnly(2046, 3, 9)), new(10m, "USD", new DateOnly(2046, 3, 19))],
            "VND");

        Assert.Equal(4 * 255_000m + 256_000m, total.Amount);
        Assert.Equal(
            [new RateUsed("USD", new DateOnly(2046, 3, 2), new DateOnly(2046, 3, 1), 25500m), new RateUsed("USD", new DateOnly(2046, 3, 25), new DateOnly(2046, 3, 20), 25600m)],
            total.RatesUsed);
    }

    [Fact]
    public async Task ATotal_ThatNeedsAMissingRate_SaysWhichOneInsteadOfGuessing()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        await ReadAsync<RatesSaved>(await ImportAsync(admin, "date,currency,dong_per_unit\n2045-01-01,USD,25000\n"));

        // A rate two months old is not used for a transaction in March.
        var total = await TotalAsync([new(10m, "USD", new DateOnly(2045, 1, 20)), new(10m, "USD", new DateOnly(2045, 3, 5)), new(10m, "LAK", new DateOnly(2045, 1, 20))], "VND");

        Assert.Null(total.Amount);
        Assert.Equal([new MissingRate("USD", new DateOnly(2045, 3, 5)), new MissingRate("LAK", new DateOnly(2045, 1, 20))], total.Missing);
        Assert.Contains("no exchange rate for USD on 2045-03-05", total.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USD", "1234.56", "25123.4567")]
    [InlineData("USD", "0.01", "25000")]
    [InlineData("KRW", "1500000", "17.93")]
    [InlineData("EUR", "99999999.99", "27891.0001")]
    public async Task AConversionToDongAndBack_ReturnsTheSameAmount_ToTheUnitOfTheCurrency(string currency, string amountText, string rateText)
    {
        var amount = decimal.Parse(amountText, System.Globalization.CultureInfo.InvariantCulture);
        var rate = decimal.Parse(rateText, System.Globalization.CultureInfo.InvariantCulture);
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        // A day of its own in the shared table, in years no other test puts rates in: from 2046 the days reached into
        // the aid tests' 2047–2049, and a KRW rate here once changed their totals.
        var day = new DateOnly(2060, 1, 1).AddDays(Random.Shared.Next(0, 3000) * 3);
        await ReadAsync<RatesSaved>(await PostJsonAsync(admin, "/api/exchange-rates", new ExchangeRateInput { CurrencyCode = currency, Date = day, DongPerUnit = rate }));

        var dong = await TotalAsync([new(amount, currency, day)], "VND");
        var back = await TotalAsync([new(dong.Amount!.Value, "VND", day)], currency);

        Assert.Equal(decimal.Truncate(dong.Amount.Value), dong.Amount.Value); // the dong has no minor unit
        Assert.Equal(amount, back.Amount);
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/exchange-rates/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

    private async Task<ConvertedTotal> TotalAsync(DatedAmount[] amounts, string target)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConvertMoneyHandler>().TotalAsync(amounts, target, Ct);
    }
}

public sealed class ExchangeRateTests_Sqlite(SqliteApp app) : ExchangeRateTests(app);

public sealed class ExchangeRateTests_Postgres(PostgresApp app) : ExchangeRateTests(app);

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Money;

/// <summary>The exchange-rate table as CSV, with the page's filters; the same columns the rate import reads, so it round-trips.</summary>
public sealed class ExportExchangeRatesHandler(ListExchangeRatesHandler rates)
{
    public Task WriteAsync(ExchangeRateQuery query, HttpResponse response, CancellationToken ct)
    {
        var rows = ListQuery.EveryPage(page =>
        {
            query.Page = page;
            query.PageSize = ListQuery.MaxPageSize;
            return rates.HandleAsync(query, ct);
        }, CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "exchange-rates.csv",
            ["date", "currency", "dong_per_unit"],
            rows,
            r => [CsvExport.Date(r.Date), r.CurrencyCode, CsvExport.Number(r.DongPerUnit)]);
    }
}

using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Money;

public static class MoneyEndpoints
{
    public static void MapMoneyEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/exchange-rates").WithTags("Exchange rates").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] ExchangeRateQuery query, ListExchangeRatesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .WithSummary("The exchange rates (dong per unit of a currency on a date), newest first; filters: currency, from, to, page.");

        api.MapGet("/export.csv", ([AsParameters] ExchangeRateQuery query, ExportExchangeRatesHandler handler, HttpContext http) => handler.WriteAsync(query, http.Response, http.RequestAborted))
            .WithSummary("The exchange rates as CSV, with the list's filters; the columns the rate import reads.");

        api.MapPost("/", async (ExchangeRateInput input, SaveExchangeRatesHandler handler, CancellationToken ct) =>
            (await handler.SaveAsync(input, ct)).ToHttp(saved => TypedResults.Ok(saved)))
            .RequireAuthorization(Policies.Administrators)
            .WithSummary("Adds a rate, or corrects the one kept for that currency and date. Administrators only.");

        // A CSV body (text/csv): "date,currency,dong_per_unit" then one rate a line; any bad line changes nothing.
        api.MapPost("/import", async (HttpRequest request, SaveExchangeRatesHandler handler, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            return (await handler.ImportAsync(reader, ct)).ToHttp(saved => TypedResults.Ok(saved));
        })
            .RequireAuthorization(Policies.Administrators)
            .Accepts<string>("text/csv")
            .WithSummary("Imports rates from a CSV body (date,currency,dong_per_unit); a file with any bad line is refused whole, naming the lines. Administrators only.");
    }
}

using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Trade;

public static class TradeEndpoints
{
    public static void MapTradeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/trade").WithTags("Trade figures").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] TradeListQuery query, [AsParameters] ListParameters common, ListTradeHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Trade figures, filtered (q, direction, country, period, from, to), sorted and paged, with exports and imports totalled in one currency (currency, USD by default), overall and by year.");

        api.MapGet("/export.csv", ([AsParameters] TradeListQuery query, [AsParameters] ListParameters common, ExportTradeHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The same figures as CSV.");

        api.MapGet("/{id:int}", async (int id, GetTradeFigureHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));

        api.MapPost("/", async (TradeInput input, CreateTradeFigureHandler create, GetTradeFigureHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/trade/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Records a trade figure: a period, a partner country, export or import, and the value with its currency.");

        api.MapPut("/{id:int}", async (int id, TradeInput input, UpdateTradeFigureHandler update, GetTradeFigureHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Corrects a trade figure; send the version you read.");

        api.MapHistory<TradeFigure>("The trade figure");
        api.MapArchiving<TradeFigure>("The trade figure");
    }
}

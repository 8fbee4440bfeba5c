using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Investment;

public static class InvestmentEndpoints
{
    public static void MapInvestmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/investments").WithTags("Investment projects").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] InvestmentListQuery query, [AsParameters] ListParameters common, ListInvestmentsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("FDI projects, filtered (q, status, sector, country, investorId, from, to), sorted and paged, with their registered capital in one currency (currency, USD by default) and the jobs they made.");

        api.MapGet("/export.csv", ([AsParameters] InvestmentListQuery query, [AsParameters] ListParameters common, ExportInvestmentsHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The same list as CSV, every matching row.");

        api.MapGet("/{id:int}", async (int id, GetInvestmentHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));

        api.MapPost("/", async (InvestmentInput input, CreateInvestmentHandler create, GetInvestmentHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/investments/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers an FDI project; the investor comes from the partner register and the capital has its currency.");

        api.MapPut("/{id:int}", async (int id, InvestmentInput input, UpdateInvestmentHandler update, GetInvestmentHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Replaces an FDI project's details, with its capital adjustments; send the version you read.");

        api.MapHistory<InvestmentProject>("The investment project");
        api.MapArchiving<InvestmentProject>("The investment project");
    }
}

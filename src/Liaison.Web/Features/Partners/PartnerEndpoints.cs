using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Partners;

public static class PartnerEndpoints
{
    public static void MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners").WithTags("Partners").RequireRateLimiting(Infrastructure.Web.WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] PartnerListQuery query, [AsParameters] ListParameters common, ListPartnersHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Lists partners: filter by q, kind, country, archived; sort by name, kind, country, updated.");

        api.MapGet("/export.csv", ([AsParameters] PartnerListQuery query, [AsParameters] ListParameters common, ExportPartnersHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The same list as CSV (UTF-8), with the same filters and order, every matching row up to 100,000.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        api.MapHistory<Partner>("The partner");

        api.MapGet("/{id:int}", async (int id, GetPartnerHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(p => TypedResults.Ok(p)));

        api.MapGet("/{id:int}/timeline", async (int id, PartnerTimelineHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithSummary("Every delegation, agreement and activity involving the partner, newest first.");

        api.MapPost("/", async (PartnerInput input, CreatePartnerHandler create, GetPartnerHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/partners/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        });

        api.MapPut("/{id:int}", async (int id, PartnerInput input, UpdatePartnerHandler update, GetPartnerHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Replaces the partner; send the version you read, or the update is refused with 409.");

        api.MapArchiving<Partner>("The partner");
    }
}

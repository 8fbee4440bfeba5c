using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Delegations;

public static class DelegationEndpoints
{
    public static void MapDelegationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/delegations").WithTags("Delegations").RequireRateLimiting(Infrastructure.Web.WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] DelegationListQuery query, [AsParameters] ListParameters common, ListDelegationsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Lists delegations: filter by q, direction, status, purpose, partnerId, country, from, to (start date), archived; sort by start, title, members, status.");

        api.MapGet("/export.csv", ([AsParameters] DelegationListQuery query, [AsParameters] ListParameters common, ExportDelegationsHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The same list as CSV (UTF-8), with the same filters and order, every matching row up to 100,000.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        api.MapHistory<Delegation>("The delegation");

        api.MapGet("/{id:int}", async (int id, GetDelegationHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));

        api.MapPost("/", async (DelegationInput input, CreateDelegationHandler create, GetDelegationHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/delegations/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Records a delegation as a draft.");

        api.MapPut("/{id:int}", async (int id, DelegationInput input, UpdateDelegationHandler update, GetDelegationHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Replaces the delegation's details; send the version you read, or the update is refused with 409.");

        api.MapPost("/{id:int}/status", async (int id, DelegationStatusInput input, ChangeDelegationStatusHandler handler, GetDelegationHandler get, CancellationToken ct) =>
        {
            var moved = await handler.HandleAsync(id, input, ct);
            return moved.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : moved.Failure!.ToProblem();
        }).WithSummary("Moves the delegation to another status; a move the rules don't allow is refused with 409 and the reason.");

        api.MapArchiving<Delegation>("The delegation");
    }
}

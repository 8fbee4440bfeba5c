using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Agreements;

public static class AgreementEndpoints
{
    public static void MapAgreementEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agreements").WithTags("Agreements").RequireRateLimiting(Infrastructure.Web.WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] AgreementListQuery query, [AsParameters] ListParameters common, ListAgreementsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Lists agreements: filter by q, kind, status, partnerId, country, field, from, to (signing date), archived; sort by signed, title, status, validto.");

        api.MapGet("/export.csv", ([AsParameters] AgreementListQuery query, [AsParameters] ListParameters common, ExportAgreementsHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The same list as CSV (UTF-8), with the same filters and order, every matching row up to 100,000.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        api.MapHistory<Agreement>("The agreement");

        api.MapGet("/{id:int}", async (int id, GetAgreementHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(a => TypedResults.Ok(a)));

        api.MapPost("/", async (AgreementInput input, CreateAgreementHandler create, GetAgreementHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/agreements/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Records an agreement (status proposed) with its parties and commitments.");

        api.MapPut("/{id:int}", async (int id, AgreementInput input, UpdateAgreementHandler update, GetAgreementHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Replaces the agreement's details and commitments; send the version you read, or the update is refused with 409.");

        api.MapPost("/{id:int}/status", async (int id, AgreementStatusInput input, ChangeAgreementStatusHandler handler, GetAgreementHandler get, CancellationToken ct) =>
        {
            var moved = await handler.HandleAsync(id, input, ct);
            return moved.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : moved.Failure!.ToProblem();
        }).WithSummary("Moves the agreement along its life; a move the rules don't allow is refused with 409 and the reason.");

        api.MapPost("/{id:int}/events", async (int id, AgreementEventInput input, RecordAgreementEventHandler handler, GetAgreementHandler get, CancellationToken ct) =>
        {
            var recorded = await handler.HandleAsync(id, input, ct);
            return recorded.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : recorded.Failure!.ToProblem();
        }).WithSummary("Records an amendment, extension (with the new end of term) or suspension.");

        api.MapArchiving<Agreement>("The agreement");
    }
}

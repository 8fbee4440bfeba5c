using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Mechanisms;

public static class MechanismEndpoints
{
    public static void MapMechanismEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/mechanisms").WithTags("Cooperation mechanisms").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] MechanismListQuery query, [AsParameters] ListParameters common, ListMechanismsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("The mechanisms the user's province is a member of (every one for the ministry), filtered (q, kind), sorted (name, last) and paged.");

        api.MapGet("/export.csv", ([AsParameters] MechanismListQuery query, [AsParameters] ListParameters common, ExportMechanismsHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The mechanism list as CSV, with the list's filters.");

        api.MapGet("/{id:int}", async (int id, GetMechanismHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithSummary("A mechanism with its members and its sessions, newest first.");

        api.MapPost("/", async (MechanismInput input, SaveMechanismHandler save, GetMechanismHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/mechanisms/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).RequireAuthorization(Policies.KeepsRegister)
            .WithSummary("Registers a mechanism: its kind, name, member provinces (yours among them) and foreign members.");

        api.MapPut("/{id:int}", async (int id, MechanismInput input, SaveMechanismHandler save, GetMechanismHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).RequireAuthorization(Policies.KeepsRegister)
            .WithSummary("Changes a mechanism; any member province's officers may. Send the version you read.");

        api.MapPost("/{id:int}/sessions", async (int id, SessionInput input, SaveSessionHandler save, GetSessionHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(id, input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/sessions/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).RequireAuthorization(Policies.KeepsRegister)
            .WithSummary("Registers a numbered session: dates, host, venue, attendees, minutes, results since the previous session, and the commitments agreed.");

        var sessions = app.MapGroup("/api/sessions").WithTags("Cooperation mechanisms").RequireRateLimiting(WebSecurity.ApiLimit);

        sessions.MapGet("/{id:int}", async (int id, GetSessionHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithSummary("A session, opening on the previous session's commitments and what became of them.");

        sessions.MapPut("/{id:int}", async (int id, SessionInput input, SaveSessionHandler save, GetSessionHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).RequireAuthorization(Policies.KeepsRegister)
            .WithSummary("Corrects a session, or records progress on its commitments; send the version you read.");

        var commitments = app.MapGroup("/api/commitments").WithTags("Cooperation mechanisms").RequireRateLimiting(WebSecurity.ApiLimit);

        commitments.MapGet("/", async ([AsParameters] CommitmentListQuery query, [AsParameters] ListParameters common, ListCommitmentsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("The commitments made at the sessions of the mechanisms the reader may read, by status, mechanism and session date.");

        commitments.MapGet("/export.csv", ([AsParameters] CommitmentListQuery query, [AsParameters] ListParameters common, ExportCommitmentsHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The commitments list as CSV, with the list's filters.");
    }
}

using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Border;

public static class BorderEndpoints
{
    public static void MapBorderEndpoints(this IEndpointRouteBuilder app)
    {
        var gates = app.MapGroup("/api/border/gates").WithTags("Border gates").RequireRateLimiting(WebSecurity.ApiLimit);
        gates.MapGet("/", async ([AsParameters] BorderGateListQuery query, [AsParameters] ListParameters common, ListBorderGatesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("The province's border gates and crossings with whether each is open now, filtered (q, type, country, state), sorted (name, type, state, last) and paged.");
        gates.MapGet("/export.csv", ([AsParameters] BorderGateListQuery query, [AsParameters] ListParameters common, ExportBorderListsHandler export, HttpContext http) => export.WriteGatesAsync(common.Into(query), http.Response, http.RequestAborted))
            .WithSummary("The same gates as CSV.");
        gates.MapGet("/{id:int}", async (int id, GetBorderGateHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithSummary("A gate with its counterpart, its dated history, whether it is open now, and the patrols and inspections held at it.");
        gates.MapPost("/", async (BorderGateInput input, SaveBorderGateHandler save, GetBorderGateHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/border/gates/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers a gate or crossing: type, counterpart across the border, and its history (each fact with a year, and a month and day where known).");
        gates.MapPut("/{id:int}", async (int id, BorderGateInput input, SaveBorderGateHandler save, GetBorderGateHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Corrects a gate and replaces its history with the one sent; send the version you read.");
        gates.MapHistory<BorderGate>("The border gate");
        gates.MapArchiving<BorderGate>("The border gate");

        var villages = app.MapGroup("/api/border/villages").WithTags("Twinned border villages").RequireRateLimiting(WebSecurity.ApiLimit);
        villages.MapGet("/", async ([AsParameters] VillagePairListQuery query, [AsParameters] ListParameters common, ListVillagePairsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Pairs of twinned border villages, filtered (q, country, hasAgreement), sorted (ours, their, commune, since) and paged.");
        villages.MapGet("/export.csv", ([AsParameters] VillagePairListQuery query, [AsParameters] ListParameters common, ExportBorderListsHandler export, HttpContext http) => export.WriteVillagesAsync(common.Into(query), http.Response, http.RequestAborted))
            .WithSummary("The same pairs as CSV.");
        villages.MapGet("/{id:int}", async (int id, GetVillagePairHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));
        villages.MapPost("/", async (VillagePairInput input, SaveVillagePairHandler save, GetVillagePairHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/border/villages/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers a pair of twinned villages: one on each side, the agreement that ties them, and since when (a year, or a month or day where known).");
        villages.MapPut("/{id:int}", async (int id, VillagePairInput input, SaveVillagePairHandler save, GetVillagePairHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Corrects a pair; send the version you read.");
        villages.MapHistory<VillagePair>("The village pair");
        villages.MapArchiving<VillagePair>("The village pair");

        // Incidents answer only those who handle border matters (ADR 0011); to everyone else the whole group is forbidden.
        var incidents = app.MapGroup("/api/border/incidents").WithTags("Border incidents").RequireRateLimiting(WebSecurity.ApiLimit)
            .RequireAuthorization(Policies.HandlesBorderMatters);
        incidents.MapGet("/", async ([AsParameters] BorderIncidentListQuery query, [AsParameters] ListParameters common, ListBorderIncidentsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Border incidents, filtered (q, kind, status, gateId, from, to), sorted (date, kind, status, place) and paged; only for those who handle border matters.");
        incidents.MapGet("/export.csv", ([AsParameters] BorderIncidentListQuery query, [AsParameters] ListParameters common, ExportBorderListsHandler export, HttpContext http) => export.WriteIncidentsAsync(common.Into(query), http.Response, http.RequestAborted))
            .WithSummary("The same incidents as CSV.");
        incidents.MapGet("/{id:int}", async (int id, GetBorderIncidentHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));
        incidents.MapPost("/", async (BorderIncidentInput input, SaveBorderIncidentHandler save, GetBorderIncidentHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/border/incidents/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Records an incident: date, place and marker, type, what happened, how it was handled and by whom, status.");
        incidents.MapPut("/{id:int}", async (int id, BorderIncidentInput input, SaveBorderIncidentHandler save, GetBorderIncidentHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Updates an incident (how it was handled, its status); send the version you read.");
        incidents.MapHistory<BorderIncident>("The incident");
        incidents.MapArchiving<BorderIncident>("The incident");
    }
}

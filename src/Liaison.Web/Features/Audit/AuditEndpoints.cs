using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Audit;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Administrators);

        admin.MapGet("/", async ([AsParameters] AuditSearchQuery query, SearchAuditTrailHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .WithSummary("Searches the whole audit trail by user, record (entityType, entityId) and date (from, to). Administrators only.");

        admin.MapGet("/export.csv", ([AsParameters] AuditSearchQuery query, ExportAuditTrailHandler handler, HttpContext http) => handler.WriteTrailAsync(query, http.Response, http.RequestAborted))
            .WithSummary("The audit search as CSV, with its filters; a border incident's values are withheld as on the page. Administrators only.");

        admin.MapGet("/archived/export.csv", ([AsParameters] ArchivedRecordsQuery query, ExportAuditTrailHandler handler, HttpContext http) => handler.WriteArchivedAsync(query, http.Response, http.RequestAborted))
            .WithSummary("The archived records as CSV, with the list's filters. Administrators only.");

        admin.MapGet("/archived", async ([AsParameters] ArchivedRecordsQuery query, ListArchivedRecordsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .WithSummary("Archived records of every province, newest first (filters: area, provinceId, q, page): what may be purged. Administrators only.");

        admin.MapDelete("/records/{area}/{id:int}", async (string area, int id, PurgeRecordHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(area, id, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("Purges an archived record for good (areas: partners, delegations, agreements, activities); every value it had stays in the audit trail. Administrators only.");

        admin.MapGet("/verify", async (VerifyAuditChainHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithSummary("Checks the hash chain of the whole trail and names the first broken entry. Administrators only.");
    }

    /// <summary>GET {group}/{id}/history: the record's history, for whoever can read the record.</summary>
    public static void MapHistory<T>(this RouteGroupBuilder api, string what)
        where T : ProvinceRecord =>
        api.MapGet("/{id:int}/history", async (int id, AppDbContext db, GetRecordHistoryHandler handler, CancellationToken ct) =>
            await db.Set<T>().AnyAsync(r => r.Id == id, ct)
                ? TypedResults.Ok(await handler.HandleAsync(typeof(T).Name, id, ct))
                : Failures.NotFound(what).ToProblem())
            .WithSummary("Every change to the record and to the rows that belong to it, newest first: who, when, each field before and after.");
}

using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.CitizenProtection;

public static class CitizenCaseEndpoints
{
    public const string CaseHistory = "case history";

    public static void MapCitizenCaseEndpoints(this IEndpointRouteBuilder app)
    {
        // Counts are for every reader of the province: the rows carry no personal data.
        var counts = app.MapGroup("/api/cases").WithTags("Citizen protection").RequireRateLimiting(WebSecurity.ApiLimit);
        counts.MapGet("/", async ([AsParameters] CitizenCaseListQuery query, [AsParameters] ListParameters common, ListCitizenCasesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Citizen-protection cases without personal data (kind, country, dates, how many people, status), filtered (kind, status, country, gateId, dated=opened|received|closed, from, to; q only for case handlers), sorted (opened, kind, country, people, status) and paged, with the people summed.");
        counts.MapGet("/export.csv", async ([AsParameters] CitizenCaseListQuery query, [AsParameters] ListParameters common, bool? people, ExportCitizenCasesHandler export, HttpContext http) =>
            await export.HandleAsync(common.Into(query), people == true, http.Response, http.RequestAborted))
            .WithSummary("The same cases as CSV, without personal data; people=true adds one row per person (name, document, date of birth, commune) for a leader or officer who keeps cases, and is audited.");

        // A case file is for those who handle cases (ADR 0017); to everyone else these are forbidden.
        var files = app.MapGroup("/api/cases").WithTags("Citizen protection").RequireRateLimiting(WebSecurity.ApiLimit)
            .RequireAuthorization(Policies.HandlesCitizenCases);
        files.MapGet("/{id:int}", async (int id, GetCitizenCaseHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithSummary("A case file with its people and steps; every call is written into the audit trail as a view.");
        files.MapPost("/", async (CitizenCaseInput input, SaveCitizenCaseHandler save, GetCitizenCaseHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/cases/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Opens a case: kind, country and place, the foreign authority, the steps with their dates, status and outcome, and the people (a batch return is one case with many people).");
        files.MapPut("/{id:int}", async (int id, CitizenCaseInput input, SaveCitizenCaseHandler save, GetCitizenCaseHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Updates a case (its steps, status, people); send the version you read.");
        // The history holds the people's names and the free text as they changed: reading it is opening the file.
        files.MapGet("/{id:int}/history", async (int id, AppDbContext db, GetRecordHistoryHandler history, CancellationToken ct) =>
        {
            var owner = await db.CitizenCases.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.ProvinceId).FirstOrDefaultAsync(ct);
            if (owner is null)
            {
                return Failures.NotFound("The case").ToProblem();
            }

            await db.RecordViewAsync(nameof(CitizenCase), id, owner, CaseHistory, ct);
            return TypedResults.Ok(await history.HandleAsync(nameof(CitizenCase), id, ct));
        }).WithSummary("Every change to the case and its people, newest first, with who opened it; reading it is written into the audit trail as a view.");
        files.MapArchiving<CitizenCase>("The case");
    }
}

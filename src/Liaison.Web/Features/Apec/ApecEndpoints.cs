using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Apec;

public static class ApecEndpoints
{
    public static void MapApecEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/apec").WithTags("APEC business travel cards").RequireRateLimiting(WebSecurity.ApiLimit);
        api.MapGet("/", async ([AsParameters] ApecListQuery query, [AsParameters] ListParameters common, ListApecApplicationsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("APEC business travel card applications, filtered (q, step, inForce, economy, dated=Received|CardIssued, from, to), sorted (received, applicant, company, step, expires) and paged.");
        api.MapGet("/export.csv", (
            [AsParameters] ApecListQuery query, [AsParameters] ListParameters common, ListApecApplicationsHandler list, HttpContext http) =>
            CsvExport.WriteAsync(http.Response, "apec-cards.csv", ["id", "applicant", "company", "economies", "step", "received", "card_number", "card_expires"],
                ListQuery.EveryPage(common.Into(query), q => list.HandleAsync(q, http.RequestAborted), CsvExport.MaxRows),
                a => [CsvExport.Number(a.Id), a.ApplicantName, a.CompanyName, a.Economies, a.Step.ToString(), CsvExport.Date(a.ReceivedOn), a.CardNumber, CsvExport.Date(a.CardExpiresOn)]))
            .WithSummary("The same applications as CSV.");
        api.MapGet("/{id:int}", async (int id, GetApecApplicationHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithSummary("An application with its dated steps, the steps it may take next, and whether its card is in force.");
        api.MapPost("/", async (ApecApplicationInput input, SaveApecApplicationHandler save, GetApecApplicationHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/apec/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers an application as received: applicant, company, passport, the economies asked for.");
        api.MapPut("/{id:int}", async (int id, ApecApplicationInput input, SaveApecApplicationHandler save, GetApecApplicationHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Corrects what an application asks for; send the version you read. Steps are taken with POST /{id}/step.");
        api.MapPost("/{id:int}/step", async (int id, ApecStepInput input, TakeApecStepHandler take, GetApecApplicationHandler get, CancellationToken ct) =>
        {
            var taken = await take.HandleAsync(id, input, ct);
            return taken.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : taken.Failure!.ToProblem();
        }).WithSummary("Takes the next step, dated: appraised, sent for approval, approved or refused (with the reason), card issued (with its number and expiry). Steps can't be skipped or taken back.");
        api.MapHistory<ApecApplication>("The application");
        api.MapArchiving<ApecApplication>("The application");
    }
}

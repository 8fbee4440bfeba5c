using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Overseas;

public static class OverseasEndpoints
{
    public static void MapOverseasEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/overseas").WithTags("Overseas Vietnamese").RequireRateLimiting(WebSecurity.ApiLimit);
        api.MapGet("/", async ([AsParameters] OverseasListQuery query, [AsParameters] ListParameters common, ListOverseasContactsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Overseas Vietnamese contacts and associations linked to the province, filtered (q, kind, country), sorted (name, country, kind) and paged.");
        api.MapGet("/export.csv", ([AsParameters] OverseasListQuery query, [AsParameters] ListParameters common, ListOverseasContactsHandler list, HttpContext http) =>
            CsvExport.WriteAsync(http.Response, "overseas-vietnamese.csv", ["id", "kind", "name", "country_code", "city", "field", "events", "last_event"],
                ListQuery.EveryPage(common.Into(query), q => list.HandleAsync(q, http.RequestAborted), CsvExport.MaxRows),
                c => [CsvExport.Number(c.Id), c.Kind.ToString(), c.Name, c.CountryCode, c.City, c.Field, CsvExport.Number(c.Involvements), CsvExport.Date(c.LastInvolved)]))
            .WithSummary("The same contacts as CSV.");
        api.MapGet("/{id:int}", async (int id, GetOverseasContactHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));
        api.MapPost("/", async (OverseasContactInput input, SaveOverseasContactHandler save, GetOverseasContactHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/overseas/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers a contact: person, association or business, country and city, field, tie to the province, how to reach them, the events they took part in.");
        api.MapPut("/{id:int}", async (int id, OverseasContactInput input, SaveOverseasContactHandler save, GetOverseasContactHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Updates a contact and the events they took part in; send the version you read.");
        api.MapHistory<OverseasContact>("The contact");
        api.MapArchiving<OverseasContact>("The contact");
    }
}

using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Ngos;

public static class ForeignNgoEndpoints
{
    public static void MapForeignNgoEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ngos").WithTags("Foreign NGOs").RequireRateLimiting(WebSecurity.ApiLimit);
        api.MapGet("/", async ([AsParameters] ForeignNgoListQuery query, [AsParameters] ListParameters common, ListForeignNgosHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Foreign NGOs registered in the province, filtered (q, kind, country, expiringWithin days, from/to: registered in the period), sorted (expires, name, from) and paged, with the yearly reports received in the period.");
        api.MapGet("/export.csv", ([AsParameters] ForeignNgoListQuery query, [AsParameters] ListParameters common, ListForeignNgosHandler list, HttpContext http) =>
            CsvExport.WriteAsync(http.Response, "foreign-ngos.csv", ["id", "organisation", "country_code", "certificate_number", "certificate_kind", "valid_from", "valid_to", "projects"],
                ListQuery.EveryPage(common.Into(query), q => list.HandleAsync(q, http.RequestAborted), CsvExport.MaxRows),
                n => [CsvExport.Number(n.Id), n.PartnerName, n.CountryCode, n.CertificateNumber, n.CertificateKind.ToString(), CsvExport.Date(n.ValidFrom), CsvExport.Date(n.ValidTo), CsvExport.Number(n.Projects)]))
            .WithSummary("The same NGOs as CSV.");
        api.MapGet("/{id:int}", async (int id, GetForeignNgoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithSummary("An NGO with its certificate, projects, and each year's report: received, late or not yet due.");
        api.MapPost("/", async (ForeignNgoInput input, SaveForeignNgoHandler save, GetForeignNgoHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/ngos/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers a foreign NGO: the organisation (a partner registered as a foreign NGO), its certificate, work plan, projects and the reports received.");
        api.MapPut("/{id:int}", async (int id, ForeignNgoInput input, SaveForeignNgoHandler save, GetForeignNgoHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Updates an NGO (a renewed certificate, a report received); send the version you read.");
        api.MapHistory<ForeignNgo>("The NGO");
        api.MapArchiving<ForeignNgo>("The NGO");
    }
}

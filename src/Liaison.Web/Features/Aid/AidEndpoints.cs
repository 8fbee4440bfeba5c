using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Aid;

public static class AidEndpoints
{
    public static void MapAidEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/aid").WithTags("Aid projects").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] AidListQuery query, [AsParameters] ListParameters common, ListAidProjectsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Aid projects, filtered (q, status, form, partnerId, sector, from, to), sorted and paged, with what they committed and disbursed in one currency (currency, VND by default).");

        api.MapGet("/export.csv", ([AsParameters] AidListQuery query, [AsParameters] ListParameters common, ExportAidProjectsHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The same list as CSV, every matching row.");

        api.MapGet("/{id:int}", async (int id, string? currency, GetAidProjectHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, currency, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithSummary("An aid project with its transactions and their totals in the currency asked for, and the rates used.");

        api.MapPost("/", async (AidProjectInput input, CreateAidProjectHandler create, GetAidProjectHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/aid/{created.Value}", (await get.HandleAsync(created.Value, null, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers an aid project; sector shares must total 100 and every amount needs its currency.");

        api.MapPut("/{id:int}", async (int id, AidProjectInput input, UpdateAidProjectHandler update, GetAidProjectHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, null, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Replaces an aid project's details; send the version you read (409 with the differences if someone saved since).");

        api.MapGet("/{id:int}/iati.xml", async (int id, ExportIatiHandler handler, CancellationToken ct) =>
            (await handler.ProjectAsync(id, ct)).ToHttp(doc => Xml(doc, $"aid-{id}-iati.xml")))
            .WithSummary("The project as an IATI 2.03 activity file, validated against the schema; 409 naming what it lacks when it can't be published yet.");

        api.MapGet("/iati.xml", async (ExportIatiHandler handler, HttpContext http, CancellationToken ct) =>
            (await handler.ProvinceAsync(ct)).ToHttp(export =>
            {
                // Projects that can't be published yet are named in a header rather than failing the whole file.
                http.Response.Headers["Liaison-Iati-Skipped"] = export.Skipped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return export.Document is { } doc
                    ? (IResult)Xml(doc, "aid-iati.xml")
                    : TypedResults.Problem("No aid project of the province can be published yet: " + string.Join("; ", export.Skipped), statusCode: StatusCodes.Status409Conflict, title: "Nothing to export");
            }))
            .WithSummary("The province's current aid projects as one IATI 2.03 activity file; projects that lack something are left out and counted in the Liaison-Iati-Skipped header.");

        // An IATI activity file as the body (application/xml): the preview changes nothing; the import takes every activity or none.
        api.MapPost("/iati/preview", async (HttpRequest request, ImportIatiHandler handler, CancellationToken ct) =>
            (await handler.PreviewAsync(request.Body, ct)).ToHttp(result => TypedResults.Ok(result)))
            .Accepts<string>("application/xml")
            .WithSummary("Reads a donor's IATI activity file and says, per activity, whether it would be created or updated and what stops it.");

        api.MapPost("/iati/import", async (HttpRequest request, ImportIatiHandler handler, CancellationToken ct) =>
            (await handler.ImportAsync(request.Body, ct)).ToHttp(result => result.HasErrors
                ? TypedResults.UnprocessableEntity(result)
                : (IResult)TypedResults.Ok(result)))
            .Accepts<string>("application/xml")
            .WithSummary("Imports a donor's IATI activity file into aid projects, matched by IATI identifier; 422 with the preview when any activity can't be taken, and nothing is written.");

        api.MapHistory<AidProject>("The aid project");
        api.MapArchiving<AidProject>("The aid project");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Xml(System.Xml.Linq.XDocument document, string fileName)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(document.Declaration + "\n" + document.ToString());
        return TypedResults.File(bytes, "application/xml", fileName);
    }
}

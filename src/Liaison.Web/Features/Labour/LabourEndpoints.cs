using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Labour;

public static class LabourEndpoints
{
    public static void MapLabourEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/labour").WithTags("Labour programmes").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] LabourListQuery query, [AsParameters] ListParameters common, ListLabourProgrammesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Seasonal-labour programmes with the workers sent, back on time and staying on, over the seasons of the years asked for (every season without from/to).");

        api.MapGet("/export.csv", ([AsParameters] LabourListQuery query, [AsParameters] ListParameters common, ExportLabourProgrammesHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The list's seasons as CSV, with the list's filters.");

        api.MapGet("/{id:int}", async (int id, GetLabourProgrammeHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));

        api.MapPost("/", async (LabourInput input, CreateLabourProgrammeHandler create, GetLabourProgrammeHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/labour/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Registers a labour programme with its seasons.");

        api.MapPut("/{id:int}", async (int id, LabourInput input, UpdateLabourProgrammeHandler update, GetLabourProgrammeHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Replaces a labour programme's details and seasons; send the version you read.");

        api.MapHistory<LabourProgramme>("The labour programme");
        api.MapArchiving<LabourProgramme>("The labour programme");
    }
}

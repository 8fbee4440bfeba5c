using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.ExternalInformation;

public static class ExternalInfoEndpoints
{
    public static void MapExternalInfoEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/information").WithTags("External information").RequireRateLimiting(WebSecurity.ApiLimit);
        api.MapGet("/", async ([AsParameters] ExternalInfoListQuery query, [AsParameters] ListParameters common, ListExternalInfoHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("The external-information programme's items and monitored claims, filtered (q, kind, channel, language, published, answered, from, to), sorted (date, title, kind, channel, reach) and paged, with the reach summed.");
        api.MapGet("/export.csv", ([AsParameters] ExternalInfoListQuery query, [AsParameters] ListParameters common, ListExternalInfoHandler list, HttpContext http) =>
            CsvExport.WriteAsync(http.Response, "external-information.csv", ["id", "kind", "title", "channel", "language", "date", "reach", "responded"],
                ListQuery.EveryPage(common.Into(query), q => list.HandleAsync(q, http.RequestAborted), CsvExport.MaxRows),
                i => [CsvExport.Number(i.Id), i.Kind.ToString(), i.Title, i.Channel.ToString(), i.Language, CsvExport.Date(i.OccurredOn), CsvExport.Number(i.Reach), CsvExport.Date(i.RespondedOn)]))
            .WithSummary("The same items as CSV.");
        api.MapGet("/{id:int}", async (int id, GetExternalInfoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(d => TypedResults.Ok(d)));
        api.MapPost("/", async (ExternalInfoInput input, SaveExternalInfoHandler save, GetExternalInfoHandler get, CancellationToken ct) =>
        {
            var created = await save.CreateAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/information/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        }).WithSummary("Records a publication, press release, news item or campaign (channel, language, date, reach), or a claim seen and the response to it.");
        api.MapPut("/{id:int}", async (int id, ExternalInfoInput input, SaveExternalInfoHandler save, GetExternalInfoHandler get, CancellationToken ct) =>
        {
            var updated = await save.UpdateAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Corrects an item, or records the response to a claim; send the version you read.");
        api.MapHistory<ExternalInfoItem>("The item");
        api.MapArchiving<ExternalInfoItem>("The item");
    }
}

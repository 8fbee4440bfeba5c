using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Search;

public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/search").WithTags("Search").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] SearchQuery query, SearchRecordsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .WithSummary("Every record the reader may read that holds the words (q), with or without diacritics, best first; the words found are marked in each hit's parts. type= keeps one kind.");
    }
}

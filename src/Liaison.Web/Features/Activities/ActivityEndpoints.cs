using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Activities;

public static class ActivityEndpoints
{
    public static void MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/activities").WithTags("Activities").RequireRateLimiting(Infrastructure.Web.WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] ActivityListQuery query, [AsParameters] ListParameters common, ListActivitiesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("Lists activities: filter by q, kind, status, partnerId, country, from, to (start date), archived; sort by start, title, kind, participants.");

        api.MapGet("/export.csv", ([AsParameters] ActivityListQuery query, [AsParameters] ListParameters common, ExportActivitiesHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response))
            .WithSummary("The same list as CSV (UTF-8), with the same filters and order, every matching row up to 100,000.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        api.MapHistory<Activity>("The activity");

        api.MapGet("/{id:int}", async (int id, GetActivityHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(a => TypedResults.Ok(a)));

        api.MapPost("/", async (ActivityInput input, CreateActivityHandler create, GetActivityHandler get, CancellationToken ct) =>
        {
            var created = await create.HandleAsync(input, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/activities/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        });

        api.MapPut("/{id:int}", async (int id, ActivityInput input, UpdateActivityHandler update, GetActivityHandler get, CancellationToken ct) =>
        {
            var updated = await update.HandleAsync(id, input, ct);
            return updated.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : updated.Failure!.ToProblem();
        }).WithSummary("Replaces the activity; send the version you read, or the update is refused with 409.");

        api.MapArchiving<Activity>("The activity");
    }
}

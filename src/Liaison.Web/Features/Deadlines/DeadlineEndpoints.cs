using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Deadlines;

public static class DeadlineEndpoints
{
    public static void MapDeadlineEndpoints(this IEndpointRouteBuilder app)
    {
        var due = app.MapGroup("/api/deadlines").WithTags("Deadlines").RequireRateLimiting(WebSecurity.ApiLimit);

        due.MapGet("/due", async ([AsParameters] DueListQuery query, [AsParameters] ListParameters common, ListDueItemsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(common.Into(query), ct)))
            .WithSummary("What the signed-in user has due: overdue, this week (to Sunday) and later (days ahead, 60 by default); filter with when=Overdue|ThisWeek|Later.");

        due.MapGet("/due/export.csv", ([AsParameters] DueListQuery query, [AsParameters] ListParameters common, ExportDueItemsHandler handler, HttpContext http) => handler.WriteAsync(common.Into(query), http.Response, http.RequestAborted))
            .WithSummary("What the signed-in user has due, as CSV, with the list's filters (when, days).");

        due.MapPost("/done", async (MarkDoneInput input, MarkDeadlineDoneHandler handler, CancellationToken ct) =>
            (await handler.MarkAsync(input, ct)).ToHttp(item => TypedResults.Ok(item)))
            .RequireAuthorization(Policies.EditsVisitsAndEvents)
            .WithSummary("Marks an item of the user's list done (key, doneOn, note); 409 for an item that leaves by itself when its record moves on.");

        due.MapPost("/done/undo", async (MarkDoneInput input, MarkDeadlineDoneHandler handler, CancellationToken ct) =>
            (await handler.UndoAsync(input.Key ?? string.Empty, ct)).ToHttp(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.EditsVisitsAndEvents)
            .WithSummary("Takes a done mark back (key): the item returns to the list.");

        var rules = app.MapGroup("/api/deadline-rules").WithTags("Deadlines").RequireRateLimiting(WebSecurity.ApiLimit);

        rules.MapGet("/", async (ListDeadlineRulesHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithSummary("The deadline rules, active first.");

        rules.MapGet("/export.csv", (ExportDeadlineRulesAndHolidaysHandler handler, HttpContext http) => handler.WriteRulesAsync(http.Response, http.RequestAborted))
            .WithSummary("The deadline rules as CSV, with their legal basis.");

        rules.MapPost("/", async (DeadlineRuleInput input, SaveDeadlineRuleHandler handler, CancellationToken ct) =>
            (await handler.CreateAsync(input, ct)).ToHttp(rule => TypedResults.Created($"/api/deadline-rules/{rule.Id}", rule)))
            .RequireAuthorization(Policies.Administrators)
            .WithSummary("Adds a rule: what is due, the anchor, the offset (negative before) in working or calendar days. Administrators only.");

        rules.MapPut("/{id:int}", async (int id, DeadlineRuleInput input, SaveDeadlineRuleHandler handler, CancellationToken ct) =>
            (await handler.UpdateAsync(id, input, ct)).ToHttp(rule => TypedResults.Ok(rule)))
            .RequireAuthorization(Policies.Administrators)
            .WithSummary("Changes a rule; send the version you read (409 if someone saved since). It takes effect on every list at once. Administrators only.");

        var holidays = app.MapGroup("/api/holidays").WithTags("Deadlines").RequireRateLimiting(WebSecurity.ApiLimit);

        holidays.MapGet("/", async (int? year, KeepHolidaysHandler handler, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await handler.ListAsync(year is >= 2000 and <= 2100 ? year.Value : clock.GetLocalNow().Year, ct)))
            .WithSummary("The public holidays of a year (this year by default) that working-day deadlines skip.");

        holidays.MapGet("/export.csv", (int? year, ExportDeadlineRulesAndHolidaysHandler handler, TimeProvider clock, HttpContext http) =>
            handler.WriteHolidaysAsync(year is >= 2000 and <= 2100 ? year.Value : clock.GetLocalNow().Year, http.Response, http.RequestAborted))
            .WithSummary("A year's public holidays as CSV (this year by default).");

        holidays.MapPost("/", async (HolidayInput input, KeepHolidaysHandler handler, CancellationToken ct) =>
            (await handler.AddAsync(input, ct)).ToHttp(h => TypedResults.Created($"/api/holidays/{h.Id}", h)))
            .RequireAuthorization(Policies.Administrators)
            .WithSummary("Adds a holiday (date, name). Administrators only.");

        holidays.MapDelete("/{id:int}", async (int id, KeepHolidaysHandler handler, CancellationToken ct) =>
            (await handler.RemoveAsync(id, ct)).ToHttp(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Administrators)
            .WithSummary("Removes a holiday entered by mistake. Administrators only.");

        var feed = app.MapGroup("/api/account/calendar-feed").WithTags("Account").RequireRateLimiting(WebSecurity.ApiLimit);

        feed.MapPost("/", async (ResetCalendarFeedHandler handler) => (await handler.ResetAsync()).ToHttp(address => TypedResults.Ok(address)))
            .WithSummary("Creates the user's secret calendar address, or replaces it (the old one stops working). The address is shown once.");

        feed.MapDelete("/", async (ResetCalendarFeedHandler handler) => (await handler.TurnOffAsync()).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("Turns the user's calendar feed off.");

        // Calendar programs can't sign in: the secret in the address is the credential, and it reads as its owner.
        app.MapGet("/calendar/{token}.ics", async (string token, CalendarFeedHandler handler, HttpContext http, CancellationToken ct) =>
        {
            // Personal data behind a secret: no shared cache may keep a copy.
            http.Response.Headers.CacheControl = "no-store, private";
            return await handler.BuildAsync(token, http, ct) is { } text
                ? Results.Text(text, "text/calendar; charset=utf-8")
                : Results.NotFound();
        })
            .AllowAnonymous()
            .RequireRateLimiting(WebSecurity.ApiLimit)
            .WithTags("Account")
            .WithSummary("The iCalendar feed behind a user's secret address: delegations, activities, deadlines and commitments.");
    }
}

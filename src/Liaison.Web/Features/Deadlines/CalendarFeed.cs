using System.Globalization;
using System.Text;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Accounts.Tokens;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Deadlines;

/// <param name="Path">The feed's address, shown once: only its hash is kept, so a lost address is replaced, not recovered.</param>
public sealed record CalendarAddress(string Path);

/// <summary>Creates (or replaces) the signed-in user's secret calendar address, or turns the feed off.</summary>
public sealed class ResetCalendarFeedHandler(UserManager<AppUser> users, CurrentUser user)
{
    public async Task<Result<CalendarAddress>> ResetAsync()
    {
        var account = await FindAsync();
        if (account is null)
        {
            return Failures.NotFound("Your account");
        }

        var (token, _, hash) = TokenSecrets.Create();
        account.CalendarKeyHash = hash;
        var saved = await users.UpdateAsync(account); // an old address stops working at once
        return saved.Succeeded
            ? Result<CalendarAddress>.FromValue(new CalendarAddress($"/calendar/{token}.ics"))
            : new ConflictFailure("The address could not be saved; try again.");
    }

    public async Task<Result<bool>> TurnOffAsync()
    {
        var account = await FindAsync();
        if (account is null)
        {
            return Failures.NotFound("Your account");
        }

        account.CalendarKeyHash = null;
        var saved = await users.UpdateAsync(account);
        return saved.Succeeded ? Result<bool>.FromValue(true) : new ConflictFailure("The feed could not be turned off; try again.");
    }

    public async Task<bool> IsOnAsync() => (await FindAsync())?.CalendarKeyHash is not null;

    private async Task<AppUser?> FindAsync() =>
        !user.IsSignedIn || user.IsReadOnlyToken ? null : await users.FindByNameAsync(user.UserName!);
}

/// <summary>
/// The iCalendar (RFC 5545) feed behind a user's secret address: their delegations, activities and mechanism sessions from half a
/// year back to a year ahead, and every deadline and commitment due in that year, as all-day events. It reads as
/// that user, with the same province and unit limits as their pages; a locked account's feed answers nothing.
/// </summary>
public sealed class CalendarFeedHandler(AppDbContext db, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals, IServiceProvider services, TimeProvider clock)
{
    public async Task<string?> BuildAsync(string token, HttpContext http, CancellationToken ct = default)
    {
        if (TokenSecrets.PrefixOf(token) is null)
        {
            return null;
        }

        var hash = TokenSecrets.HashOf(token);
        var account = await users.Users.SingleOrDefaultAsync(u => u.CalendarKeyHash == hash, ct);
        if (account is null || await users.IsLockedOutAsync(account))
        {
            return null;
        }

        // From here on every query runs as the feed's owner: the province filters read this principal.
        http.User = await principals.CreateAsync(account);
        var user = services.GetRequiredService<CurrentUser>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var from = today.AddDays(-183);
        var until = today.AddDays(366);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";

        var calendar = new ICalendarWriter("Liaison", clock.GetUtcNow().UtcDateTime);
        var delegations = await db.Delegations.AsNoTracking()
            .Where(d => d.ArchivedAt == null && d.Status != DelegationStatus.Cancelled && d.Status != DelegationStatus.Rejected && d.EndDate >= from && d.StartDate <= until)
            .OrderBy(d => d.StartDate).Take(2000)
            .Select(d => new { d.Id, d.Title, d.Direction, d.StartDate, d.EndDate, d.HeadName, d.Status }).ToListAsync(ct);
        foreach (var d in delegations)
        {
            calendar.AllDay($"delegation-{d.Id}", $"{(d.Direction == DelegationDirection.Inbound ? "Inbound" : "Outbound")} delegation: {d.Title}",
                d.StartDate, d.EndDate, $"{origin}/delegations/{d.Id}", d.HeadName is null ? $"Status: {d.Status}" : $"Head: {d.HeadName}. Status: {d.Status}");
        }

        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.ArchivedAt == null && a.Status != ActivityStatus.Cancelled && a.EndDate >= from && a.StartDate <= until)
            .OrderBy(a => a.StartDate).Take(2000)
            .Select(a => new { a.Id, a.Title, a.StartDate, a.EndDate, a.Place }).ToListAsync(ct);
        foreach (var a in activities)
        {
            calendar.AllDay($"activity-{a.Id}", a.Title, a.StartDate, a.EndDate, $"{origin}/activities/{a.Id}", a.Place);
        }

        // Sessions of the mechanisms the owner's province is a member of.
        var sessions = await db.MechanismSessions.AsNoTracking()
            .Where(x => x.ArchivedAt == null && x.EndDate >= from && x.StartDate <= until)
            .OrderBy(x => x.StartDate).Take(500)
            .Select(x => new { x.Id, x.Number, x.StartDate, x.EndDate, x.Venue, Mechanism = x.Mechanism!.Name }).ToListAsync(ct);
        foreach (var x in sessions)
        {
            calendar.AllDay($"session-{x.Id}", $"Session {x.Number}: {x.Mechanism}", x.StartDate, x.EndDate, $"{origin}/sessions/{x.Id}", x.Venue);
        }

        var finder = services.GetRequiredService<DeadlineFinder>();
        foreach (var item in await finder.FindAsync(ListDueItemsHandler.ScopeOf(user), until, ct))
        {
            calendar.AllDay($"due-{item.Key.Replace(':', '-')}", $"Due: {item.What}", item.DueDate, item.DueDate,
                $"{origin}{item.Link}", $"{item.RecordTitle}. {item.RuleText}.");
        }

        return calendar.ToString();
    }
}

/// <summary>Writes RFC 5545 text: CRLF line ends, lines folded at 75 octets, commas, semicolons and backslashes escaped.</summary>
public sealed class ICalendarWriter
{
    private readonly StringBuilder _text = new();
    private readonly string _stamp;
    private bool _closed;

    public ICalendarWriter(string name, DateTime nowUtc)
    {
        _stamp = nowUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Liaison//Foreign affairs calendar//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
    }

    /// <summary>An event over whole days, <paramref name="last"/> included (iCalendar's end is exclusive, hence the day added).</summary>
    public void AllDay(string uid, string summary, DateOnly first, DateOnly last, string? url, string? description)
    {
        Line("BEGIN:VEVENT");
        Line($"UID:{uid}@liaison");
        Line("DTSTAMP:" + _stamp);
        Line("DTSTART;VALUE=DATE:" + first.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Line("DTEND;VALUE=DATE:" + (last < first ? first : last).AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Line("SUMMARY:" + Escape(summary));
        if (!string.IsNullOrWhiteSpace(description))
        {
            Line("DESCRIPTION:" + Escape(description));
        }

        if (url is not null)
        {
            Line("URL:" + url);
        }

        Line("TRANSP:TRANSPARENT");
        Line("END:VEVENT");
    }

    public override string ToString()
    {
        if (!_closed)
        {
            Line("END:VCALENDAR");
            _closed = true;
        }

        return _text.ToString();
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Folds a content line so that no line is longer than 75 octets of UTF-8, never splitting a character.</summary>
    private void Line(string line)
    {
        var octets = 0;
        var first = true;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > (first ? 75 : 74))
            {
                _text.Append("\r\n ");
                octets = 0;
                first = false;
            }

            _text.Append(rune.ToString());
            octets += size;
        }

        _text.Append("\r\n");
    }
}

using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Deadlines;

public enum DueWhen
{
    Overdue,
    ThisWeek,
    Later,
}

public sealed class DueListQuery : ListQuery
{
    /// <summary>One section only; all of them when empty.</summary>
    public DueWhen? When { get; set; }

    /// <summary>How far ahead "later" reaches, in days; 60 unless told (at most a year).</summary>
    public int? Days { get; set; }

    public int SafeDays => Math.Clamp(Days ?? 60, 1, 366);
}

/// <param name="Section">Overdue, due this week (to Sunday), or later.</param>
/// <param name="DaysLeft">Negative when overdue.</param>
public sealed record DueItem(DeadlineItem Item, DueWhen Section, int DaysLeft);

/// <param name="Counts">How many items each section holds, whichever section the page shows.</param>
public sealed record DueList(DateOnly Today, DateOnly Until, Paged<DueItem> Page, IReadOnlyDictionary<DueWhen, int> Counts);

/// <summary>What the signed-in user has due: overdue first, then this week, then later, each linked to its record.</summary>
public sealed class ListDueItemsHandler(DeadlineFinder finder, CurrentUser user, TimeProvider clock)
{
    public async Task<DueList> HandleAsync(DueListQuery query, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var until = today.AddDays(query.SafeDays);
        var endOfWeek = today.AddDays(((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7);
        var items = (await finder.FindAsync(ScopeOf(user), until, ct))
            .Select(i => new DueItem(i, i.DueDate < today ? DueWhen.Overdue : i.DueDate <= endOfWeek ? DueWhen.ThisWeek : DueWhen.Later, i.DueDate.DayNumber - today.DayNumber))
            .ToList();
        var counts = Enum.GetValues<DueWhen>().ToDictionary(w => w, w => items.Count(i => i.Section == w));
        var shown = query.When is { } when ? items.Where(i => i.Section == when).ToList() : items;
        var page = shown.Skip((query.SafePage - 1) * query.SafePageSize).Take(query.SafePageSize).ToList();
        return new DueList(today, until, new Paged<DueItem>(page, shown.Count, query.SafePage, query.SafePageSize), counts);
    }

    /// <summary>The user's own province, and only their unit's visits and events for a unit contributor; the ministry sees every province's records.</summary>
    public static DeadlineScope ScopeOf(CurrentUser user) => new(EveryProvince: false, user.ProvinceId, UnitOnly: user.Unit is not null);
}

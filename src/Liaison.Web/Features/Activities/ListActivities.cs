using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Activities;

public sealed class ActivityListQuery : ListQuery
{
    public ActivityKind? Kind { get; set; }

    public ActivityStatus? Status { get; set; }

    public int? PartnerId { get; set; }

    /// <summary>The country where the activity takes place.</summary>
    public string? Country { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>True for the activities a report counts: cancelled ones left out.</summary>
    public bool? Counted { get; set; }
}

public sealed record ActivityRow(
    int Id,
    ActivityKind Kind,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Place,
    string CountryCode,
    int? ParticipantCount,
    ActivityStatus Status,
    bool IsArchived,
    bool IsDemo);

public sealed class ListActivitiesHandler(AppDbContext db)
{
    public const string ParticipantsTotal = "participants";

    public async Task<Paged<ActivityRow>> HandleAsync(ActivityListQuery query, CancellationToken ct = default)
    {
        var activities = Filter(db.Activities.AsNoTracking(), query);
        // The total and the participants' total in one statement, as for delegations.
        var totals = await activities.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Participants = g.Sum(a => (long)(a.ParticipantCount ?? 0)) }).FirstOrDefaultAsync(ct);
        var (total, participants) = (totals?.Count ?? 0, totals?.Participants ?? 0);
        var sorted = Sort(activities, query);

        var rows = await ListQuery.PageOf(sorted.ThenByDescending(a => a.Id), query)
            .Select(a => new ActivityRow(a.Id, a.Kind, a.Title, a.StartDate, a.EndDate, a.Place, a.CountryCode, a.ParticipantCount, a.Status, a.ArchivedAt != null, a.IsDemo))
            .ToListAsync(ct);
        return new Paged<ActivityRow>(rows, total, query.SafePage, query.SafePageSize, new Dictionary<string, long> { [ParticipantsTotal] = participants });
    }

    internal static IQueryable<Activity> Filter(IQueryable<Activity> activities, ActivityListQuery query)
    {
        activities = query.InProvinces(activities);
        activities = activities.Where(a => query.IsArchived ? a.ArchivedAt != null : a.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            activities = activities.Where(a => a.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            activities = activities.Where(a => a.Kind == kind);
        }

        if (query.Status is { } status)
        {
            activities = activities.Where(a => a.Status == status);
        }

        if (query.PartnerId is { } partnerId)
        {
            activities = activities.Where(a => a.Partners.Any(p => p.PartnerId == partnerId));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            activities = activities.Where(a => a.CountryCode == query.Country);
        }

        if (query.From is { } from)
        {
            activities = activities.Where(a => a.StartDate >= from);
        }

        if (query.Counted == true)
        {
            activities = activities.Where(a => a.Status != ActivityStatus.Cancelled);
        }

        if (query.To is { } to)
        {
            activities = activities.Where(a => a.StartDate <= to);
        }

        return activities;
    }

    /// <summary>The list's order: the column the person chose, in the direction they chose.</summary>
    internal static IOrderedQueryable<Activity> Sort(IQueryable<Activity> activities, ActivityListQuery query) =>
            (query.Sort, query.IsDesc) switch
        {
            ("title", false) => activities.OrderBy(a => a.Title),
            ("title", true) => activities.OrderByDescending(a => a.Title),
            ("kind", false) => activities.OrderBy(a => a.Kind),
            ("kind", true) => activities.OrderByDescending(a => a.Kind),
            ("participants", false) => activities.OrderBy(a => a.ParticipantCount),
            ("participants", true) => activities.OrderByDescending(a => a.ParticipantCount),
            ("start", false) => activities.OrderBy(a => a.StartDate),
            _ => activities.OrderByDescending(a => a.StartDate),
        };
}

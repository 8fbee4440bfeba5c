using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

public enum TimelineItemType
{
    Delegation,
    Agreement,
    Activity,
}

/// <summary>One line of a partner's timeline; <see cref="Date"/> is the visit's start, the signing or the event's start.</summary>
public sealed record TimelineItem(TimelineItemType Type, int Id, DateOnly? Date, string Title, string Kind, string Status);

/// <summary>Every delegation, agreement and activity that involves a partner, newest first.</summary>
public sealed class PartnerTimelineHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<TimelineItem>>> HandleAsync(int partnerId, CancellationToken ct = default)
    {
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
        {
            return Failures.NotFound("The partner");
        }

        var delegations = await db.Delegations.AsNoTracking()
            .Where(d => d.ArchivedAt == null && d.Partners.Any(p => p.PartnerId == partnerId))
            .Select(d => new { d.Id, d.StartDate, d.Title, d.Direction, d.Status })
            .ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.ArchivedAt == null && a.Partners.Any(p => p.PartnerId == partnerId))
            .Select(a => new { a.Id, a.SignedOn, a.ValidFrom, a.Title, a.Kind, a.Status })
            .ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.ArchivedAt == null && a.Partners.Any(p => p.PartnerId == partnerId))
            .Select(a => new { a.Id, a.StartDate, a.Title, a.Kind, a.Status })
            .ToListAsync(ct);

        IReadOnlyList<TimelineItem> items =
        [
            .. delegations.Select(d => new TimelineItem(TimelineItemType.Delegation, d.Id, d.StartDate, d.Title, d.Direction.ToString(), d.Status.ToString())),
            .. agreements.Select(a => new TimelineItem(TimelineItemType.Agreement, a.Id, a.SignedOn ?? a.ValidFrom, a.Title, a.Kind.ToString(), a.Status.ToString())),
            .. activities.Select(a => new TimelineItem(TimelineItemType.Activity, a.Id, a.StartDate, a.Title, a.Kind.ToString(), a.Status.ToString())),
        ];

        return items.OrderByDescending(i => i.Date ?? DateOnly.MinValue).ThenByDescending(i => i.Id).ToList();
    }
}

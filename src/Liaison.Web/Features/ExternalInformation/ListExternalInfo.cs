using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.ExternalInformation;

public sealed class ExternalInfoListQuery : ListQuery
{
    public InfoKind? Kind { get; set; }

    public InfoChannel? Channel { get; set; }

    public string? Language { get; set; }

    /// <summary>True: what the province put out (every kind but monitored claims); false: the monitored claims only.</summary>
    public bool? Published { get; set; }

    /// <summary>For monitored claims: true, answered; false, not yet answered.</summary>
    public bool? Answered { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed record ExternalInfoRow(int Id, InfoKind Kind, string Title, InfoChannel Channel, string Language, DateOnly OccurredOn, int? Reach, DateOnly? RespondedOn,
    bool IsArchived, bool IsDemo);

/// <summary>The external-information programme's items and monitored claims, newest first unless told, with the reach summed over all that match.</summary>
public sealed class ListExternalInfoHandler(AppDbContext db)
{
    public const string ReachTotal = "reach";

    public async Task<Paged<ExternalInfoRow>> HandleAsync(ExternalInfoListQuery query, CancellationToken ct = default)
    {
        var items = Filter(db.Set<ExternalInfoItem>().AsNoTracking(), query);
        var total = await items.CountAsync(ct);
        var reach = total == 0 ? 0 : await items.SumAsync(i => (long)(i.Reach ?? 0), ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("title", false) => items.OrderBy(i => i.Title),
            ("title", true) => items.OrderByDescending(i => i.Title),
            ("kind", false) => items.OrderBy(i => i.Kind),
            ("kind", true) => items.OrderByDescending(i => i.Kind),
            ("channel", false) => items.OrderBy(i => i.Channel),
            ("channel", true) => items.OrderByDescending(i => i.Channel),
            ("reach", false) => items.OrderBy(i => i.Reach),
            ("reach", true) => items.OrderByDescending(i => i.Reach),
            ("date", false) => items.OrderBy(i => i.OccurredOn),
            _ => items.OrderByDescending(i => i.OccurredOn),
        };
        var rows = await ListQuery.PageOf(sorted.ThenByDescending(i => i.Id), query)
            .Select(i => new ExternalInfoRow(i.Id, i.Kind, i.Title, i.Channel, i.Language, i.OccurredOn, i.Reach, i.RespondedOn, i.ArchivedAt != null, i.IsDemo))
            .ToListAsync(ct);
        return new Paged<ExternalInfoRow>(rows, total, query.SafePage, query.SafePageSize, new Dictionary<string, long> { [ReachTotal] = reach });
    }

    public static IQueryable<ExternalInfoItem> Filter(IQueryable<ExternalInfoItem> items, ExternalInfoListQuery query)
    {
        items = query.InProvinces(items.Where(i => query.IsArchived ? i.ArchivedAt != null : i.ArchivedAt == null));
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            items = items.Where(i => i.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            items = items.Where(i => i.Kind == kind);
        }

        if (query.Channel is { } channel)
        {
            items = items.Where(i => i.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            var language = query.Language.Trim().ToLowerInvariant();
            items = items.Where(i => i.Language == language);
        }

        if (query.Published is { } published)
        {
            items = published ? items.Where(i => i.Kind != InfoKind.ClaimMonitored) : items.Where(i => i.Kind == InfoKind.ClaimMonitored);
        }

        if (query.Answered is { } answered)
        {
            items = answered ? items.Where(i => i.RespondedOn != null) : items.Where(i => i.Kind == InfoKind.ClaimMonitored && i.RespondedOn == null);
        }

        if (query.From is { } from)
        {
            items = items.Where(i => i.OccurredOn >= from);
        }

        if (query.To is { } to)
        {
            items = items.Where(i => i.OccurredOn <= to);
        }

        return items;
    }
}

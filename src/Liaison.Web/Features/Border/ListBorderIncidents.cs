using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

public sealed class BorderIncidentListQuery : ListQuery
{
    public IncidentKind? Kind { get; set; }

    public IncidentStatus? Status { get; set; }

    public int? GateId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed record BorderIncidentRow(int Id, DateOnly OccurredOn, string Place, string? BorderMarker, IncidentKind Kind, IncidentStatus Status, string? HandledBy,
    bool IsArchived, bool IsDemo);

/// <summary>The province's border incidents, newest first unless told; empty for anyone who doesn't handle border matters.</summary>
public sealed class ListBorderIncidentsHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Paged<BorderIncidentRow>> HandleAsync(BorderIncidentListQuery query, CancellationToken ct = default)
    {
        var incidents = db.Set<BorderIncident>().AsNoTracking().Where(i => user.HandlesBorderMatters && (query.IsArchived ? i.ArchivedAt != null : i.ArchivedAt == null));
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            incidents = incidents.Where(i => i.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            incidents = incidents.Where(i => i.Kind == kind);
        }

        if (query.Status is { } status)
        {
            incidents = incidents.Where(i => i.Status == status);
        }

        if (query.GateId is { } gateId)
        {
            incidents = incidents.Where(i => i.BorderGateId == gateId);
        }

        if (query.From is { } from)
        {
            incidents = incidents.Where(i => i.OccurredOn >= from);
        }

        if (query.To is { } to)
        {
            incidents = incidents.Where(i => i.OccurredOn <= to);
        }

        var total = await incidents.CountAsync(ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("kind", false) => incidents.OrderBy(i => i.Kind),
            ("kind", true) => incidents.OrderByDescending(i => i.Kind),
            ("status", false) => incidents.OrderBy(i => i.Status),
            ("status", true) => incidents.OrderByDescending(i => i.Status),
            ("place", false) => incidents.OrderBy(i => i.Place),
            ("place", true) => incidents.OrderByDescending(i => i.Place),
            ("date", false) => incidents.OrderBy(i => i.OccurredOn),
            _ => incidents.OrderByDescending(i => i.OccurredOn),
        };
        var rows = await ListQuery.PageOf(sorted.ThenByDescending(i => i.Id), query)
            .Select(i => new BorderIncidentRow(i.Id, i.OccurredOn, i.Place, i.BorderMarker, i.Kind, i.Status, i.HandledBy, i.ArchivedAt != null, i.IsDemo))
            .ToListAsync(ct);
        return new Paged<BorderIncidentRow>(rows, total, query.SafePage, query.SafePageSize);
    }
}

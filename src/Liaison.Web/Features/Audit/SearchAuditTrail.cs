using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Audit;

public sealed class AuditSearchQuery
{
    public string? User { get; set; }

    /// <summary>"Delegation", "Partner", …; also finds the rows that belong to such a record.</summary>
    public string? EntityType { get; set; }

    public int? EntityId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

public sealed record AuditRow(long Sequence, DateTime At, string UserName, int? ProvinceId, string EntityType, int EntityId, string? ParentType, int? ParentId, AuditAction Action, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// The administrator's search of the whole trail, by user, record and date, newest first. A border incident's or a
/// citizen-protection case's entries say who changed (or opened) which fields when, but not the values: those are for
/// border handlers (ADR 0011) and case handlers (ADR 0017) only.
/// </summary>
public sealed class SearchAuditTrailHandler(AppDbContext db, Accounts.CurrentUser user)
{
    public const string Withheld = "(withheld: border incident)";

    public const string WithheldCase = "(withheld: citizen protection case)";

    public async Task<Paged<AuditRow>> HandleAsync(AuditSearchQuery query, CancellationToken ct = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            entries = entries.Where(e => e.UserName.Contains(query.User.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            var type = query.EntityType.Trim();
            entries = query.EntityId is { } id
                ? entries.Where(e => (e.EntityType == type && e.EntityId == id) || (e.ParentType == type && e.ParentId == id))
                : entries.Where(e => e.EntityType == type || e.ParentType == type);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        var page = Math.Max(1, query.Page ?? 1);
        var size = Math.Clamp(query.PageSize ?? 50, 1, 200);
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.Sequence).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<AuditRow>(
            rows.Select(e => new AuditRow(e.Sequence, e.At, e.UserName, e.ProvinceId, e.EntityType, e.EntityId, e.ParentType, e.ParentId, e.Action, ChangesOf(e))).ToList(),
            total, page, size);
    }

    private IReadOnlyList<FieldChange> ChangesOf(AuditEntry entry)
    {
        var changes = GetRecordHistoryHandler.Parse(entry.Changes);
        if (!RecordKinds.IsWithheldFrom(user, entry.EntityType) && !RecordKinds.IsWithheldFrom(user, entry.ParentType))
        {
            return changes;
        }

        var withheld = entry.EntityType == nameof(Border.BorderIncident) ? Withheld : WithheldCase;
        return changes.Select(c => new FieldChange(c.Field, c.Before is null ? null : withheld, c.After is null ? null : withheld)).ToList();
    }
}

using System.Text.Json;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Audit;

public sealed record HistoryItem(long Sequence, DateTime At, string UserName, AuditAction Action, string EntityType, int EntityId, IReadOnlyList<FieldChange> Changes);

/// <summary>The record's history, newest first: its own changes and those of the rows that belong to it.</summary>
public sealed class GetRecordHistoryHandler(AppDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Only for a record the caller has already found through the province filter.</summary>
    public async Task<IReadOnlyList<HistoryItem>> HandleAsync(string entityType, int id, CancellationToken ct = default)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == entityType && e.EntityId == id) || (e.ParentType == entityType && e.ParentId == id))
            .OrderByDescending(e => e.Sequence)
            .Take(500)
            .ToListAsync(ct);
        return entries.Select(e => new HistoryItem(e.Sequence, e.At, e.UserName, e.Action, e.EntityType, e.EntityId, Parse(e.Changes))).ToList();
    }

    internal static IReadOnlyList<FieldChange> Parse(string changes) =>
        JsonSerializer.Deserialize<List<FieldChange>>(changes, Json) ?? [];
}

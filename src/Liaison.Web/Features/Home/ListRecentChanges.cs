using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Home;

/// <param name="What">The kind of record, in words ("Delegation").</param>
public sealed record RecentChange(DateTime At, string UserName, AuditAction Action, string What, int Id, string Link);

/// <summary>
/// What changed lately in the reader's province (every province for the ministry): the last records touched,
/// newest first, each once, linked. Read from the audit trail, which names records by type and number only, so
/// nothing here says more than that a record changed. Border incidents only for those who handle them; a unit
/// contributor, who sees only its own unit's records, gets none.
/// </summary>
public sealed class ListRecentChangesHandler(AppDbContext db, CurrentUser user)
{
    public async Task<IReadOnlyList<RecentChange>> HandleAsync(int count = 8, CancellationToken ct = default)
    {
        if (user.Unit is not null || (!user.ReadsAllProvinces && user.ProvinceId is null))
        {
            return [];
        }

        var types = RecordKinds.Types.Where(t => !RecordKinds.IsWithheldFrom(user, t)).ToList();
        // A view of a case file is in the trail but changed nothing.
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.EntityType != null && types.Contains(e.EntityType) && e.Action != Audit.AuditAction.Viewed);
        if (!user.ReadsAllProvinces)
        {
            var province = user.ProvinceId;
            entries = entries.Where(e => e.ProvinceId == province);
        }

        // Enough of the newest entries to find `count` different records among them.
        var recent = await entries.OrderByDescending(e => e.Sequence).Take(count * 10)
            .Select(e => new { e.At, e.UserName, e.Action, e.EntityType, e.EntityId }).ToListAsync(ct);
        return recent.DistinctBy(e => (e.EntityType, e.EntityId)).Take(count)
            .Select(e => new RecentChange(e.At, e.UserName, e.Action, RecordKinds.Words(e.EntityType), e.EntityId, RecordKinds.Link(e.EntityType, e.EntityId)))
            .ToList();
    }
}

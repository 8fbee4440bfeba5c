using System.Collections;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Import;

/// <summary>
/// Tells whether applying a row to an existing record changed it, so that importing the same file twice
/// reports its rows as unchanged rather than updated: the record's own values, its child rows (countries,
/// partners, members), or a child row removed.
/// </summary>
public static class ImportChanges
{
    /// <summary>
    /// Applies a row to an existing, tracked record and says whether that changed it. A dry run then forgets
    /// the change (nothing may be left to save); an import leaves it tracked for the batch's save.
    /// </summary>
    public static RowOutcome Update(DbContext db, object record, Action applyRow, bool apply, string key, string label)
    {
        var deletedBefore = DeletedCount(db);
        applyRow();
        var changed = Changed(db, record, deletedBefore);
        if (!apply)
        {
            db.ChangeTracker.Clear();
        }

        return new RowOutcome(changed ? ImportAction.Update : ImportAction.Unchanged, key, label);
    }

    private static int DeletedCount(DbContext db) => db.ChangeTracker.Entries().Count(e => e.State == EntityState.Deleted);

    private static bool Changed(DbContext db, object record, int deletedBefore)
    {
        db.ChangeTracker.DetectChanges();
        var entry = db.Entry(record);
        if (entry.State != EntityState.Unchanged || DeletedCount(db) > deletedBefore)
        {
            return true;
        }

        foreach (var collection in entry.Collections)
        {
            if (collection.CurrentValue is IEnumerable items && items.Cast<object>().Any(item => db.Entry(item).State != EntityState.Unchanged))
            {
                return true;
            }
        }

        return false;
    }
}

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
    public static int DeletedCount(DbContext db) => db.ChangeTracker.Entries().Count(e => e.State == EntityState.Deleted);

    public static bool Changed(DbContext db, object record, int deletedBefore)
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

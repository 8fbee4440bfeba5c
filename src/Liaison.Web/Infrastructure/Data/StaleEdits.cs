using System.Globalization;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// Finds an edit that started from an older version before anything is written, and says what differs
/// between the record as saved now and the edit. (The version check in the database still catches the
/// rare save that lands between this check and the write.)
/// </summary>
public static class StaleEdits
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        nameof(ProvinceRecord.Id), nameof(ProvinceRecord.ProvinceId), nameof(ProvinceRecord.Version), nameof(ProvinceRecord.SearchText),
        nameof(ProvinceRecord.UpdatedAt), nameof(ProvinceRecord.UpdatedBy), nameof(ProvinceRecord.CreatedAt), nameof(ProvinceRecord.CreatedBy),
        nameof(ProvinceRecord.IsDemo), nameof(ProvinceRecord.ArchivedAt),
    };

    /// <param name="stored">The record as loaded now (the other person's version).</param>
    /// <param name="versionRead">The version the editor started from.</param>
    /// <param name="applyEdit">Applies the edit to a fresh copy, to compare field by field.</param>
    /// <param name="rows">The record's rows (a gate's history), each as one line of text, compared as a whole.</param>
    public static StaleEditFailure? Detect<T>(AppDbContext db, T stored, int versionRead, Func<T> blank, Action<T> applyEdit, params (string Name, Func<T, string?> Summary)[] rows)
        where T : ProvinceRecord
    {
        if (stored.Version == versionRead)
        {
            return null;
        }

        var yours = blank();
        applyEdit(yours);
        var differences = new List<FieldDifference>();
        foreach (var property in db.Entry(stored).Metadata.GetProperties())
        {
            if (Ignored.Contains(property.Name) || property.PropertyInfo is null || property.IsShadowProperty())
            {
                continue;
            }

            var saved = Format(property.PropertyInfo.GetValue(stored));
            var edited = Format(property.PropertyInfo.GetValue(yours));
            if (saved != edited)
            {
                differences.Add(new FieldDifference(property.Name, saved, edited));
            }
        }

        foreach (var (name, summary) in rows)
        {
            var saved = Format(summary(stored));
            var edited = Format(summary(yours));
            if (saved != edited)
            {
                differences.Add(new FieldDifference(name, saved, edited));
            }
        }

        return new StaleEditFailure(stored.Version, differences);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s when s.Length == 0 => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Reports;

/// <summary>One day's counted records of one kind (empty when the figure has no kinds), and the amount they carry.</summary>
public readonly record struct DayTotal(DateOnly Day, string Kind, long Count, long Sum);

/// <summary>
/// A counted record as <see cref="DailyTotals.ReadAsync"/> groups it: the day the list's period filter reads and the
/// amount a figure sums (people, reach; 0 when none). Both are required: the grouping reads them back from the
/// projection, and EF Core cannot translate a member the projection left unset.
/// </summary>
public sealed class DatedRecord
{
    public required DateOnly Day { get; init; }

    public required long Amount { get; init; }
}

/// <summary>A counted record with the kind it is counted under (an activity's kind), for figures of one kind each.</summary>
public sealed class DatedRecord<TKind>
{
    public required DateOnly Day { get; init; }

    public required TKind Kind { get; init; }

    public required long Amount { get; init; }
}

/// <summary>
/// A report's counted records by day, over its whole reach (the period and the one before it), read with the list's
/// own filter in one grouped query. Every figure of the period, of the previous period and of each year is then a sum
/// of days, where it was one list query per span: a national report over 25 years has 27 spans per figure (ADR 0012,
/// addendum of issue 9). The figures stay those of the lists, as the filter is the list's, and a list whose period
/// filter is "its date lies in [from, to]" gives the same total for a span as the sum of that span's days.
/// </summary>
public sealed class DailyTotals(IReadOnlyList<DayTotal> days)
{
    /// <summary>Groups the records by day in the database: one statement, one row a day.</summary>
    public static async Task<DailyTotals> ReadAsync(IQueryable<DatedRecord> records, CancellationToken ct) =>
        new(await records.GroupBy(r => r.Day)
            .Select(g => new DayTotal(g.Key, string.Empty, g.Count(), g.Sum(r => r.Amount)))
            .ToListAsync(ct));

    /// <summary>
    /// Groups the records by day and kind in the database. The kind is named in memory, after the grouping: enums are
    /// stored as their names, and the name is what <see cref="Between"/> is asked for.
    /// </summary>
    public static async Task<DailyTotals> ReadAsync<TKind>(IQueryable<DatedRecord<TKind>> records, CancellationToken ct)
    {
        var days = await records.GroupBy(r => new { r.Day, r.Kind })
            .Select(g => new { g.Key.Day, g.Key.Kind, Count = g.Count(), Sum = g.Sum(r => r.Amount) })
            .ToListAsync(ct);
        return new([.. days.Select(d => new DayTotal(d.Day, d.Kind?.ToString() ?? string.Empty, d.Count, d.Sum))]);
    }

    /// <summary>Records whose day lies in [from, to], of the given kind (any kind when null): their count and sum.</summary>
    public (long Count, long Sum) Between(DateOnly from, DateOnly to, string? kind = null)
    {
        long count = 0, sum = 0;
        foreach (var day in days)
        {
            if (day.Day >= from && day.Day <= to && (kind is null || day.Kind == kind))
            {
                count += day.Count;
                sum += day.Sum;
            }
        }

        return (count, sum);
    }
}

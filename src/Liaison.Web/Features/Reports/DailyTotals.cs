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
public sealed class DailyTotals
{
    // Each kind's days in order with running totals (and the same for every kind together, under null), so a span's
    // count and sum are two binary searches and a subtraction. A national report asks some 900 spans of 130,000
    // day-and-kind rows; scanning the rows for each span took seconds.
    private readonly Dictionary<string, Running> byKind;
    private readonly Running all;

    public DailyTotals(IReadOnlyList<DayTotal> days)
    {
        // Sorted by day once; each kind's running totals, and those of every kind together, are then one pass each.
        // (Grouping with LINQ by kind and then by day took some 17 ms of a province report's 170 ms of work.)
        var sorted = new DayTotal[days.Count];
        var keys = new int[days.Count];
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = days[i];
            keys[i] = days[i].Day.DayNumber;
            kinds.Add(days[i].Kind);
        }

        Array.Sort(keys, sorted);
        all = new Running(sorted, kind: null);
        byKind = new Dictionary<string, Running>(kinds.Count, StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            // Most figures have no kinds (one, empty): that kind's totals are every kind's, so they are not built twice.
            byKind[kind] = kinds.Count == 1 ? all : new Running(sorted, kind);
        }
    }

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
        if (kind is null)
        {
            return all.Between(from, to);
        }

        return byKind.TryGetValue(kind, out var running) ? running.Between(from, to) : (0, 0);
    }

    /// <summary>Days in order, each with the count and sum of every record up to and including it.</summary>
    private sealed class Running
    {
        private readonly DateOnly[] days;
        private readonly long[] counts;
        private readonly long[] sums;

        /// <param name="sorted">Every kind's totals, in order of day.</param>
        /// <param name="kind">The kind to keep; null keeps them all.</param>
        public Running(DayTotal[] sorted, string? kind)
        {
            var dayOf = new DateOnly[sorted.Length];
            var countTo = new long[sorted.Length + 1];
            var sumTo = new long[sorted.Length + 1];
            var distinct = 0;
            foreach (var total in sorted)
            {
                if (kind is not null && !string.Equals(total.Kind, kind, StringComparison.Ordinal))
                {
                    continue;
                }

                // A day may come more than once (once per kind, for the figure of every kind): merged into one.
                if (distinct == 0 || dayOf[distinct - 1] != total.Day)
                {
                    dayOf[distinct] = total.Day;
                    countTo[distinct + 1] = countTo[distinct];
                    sumTo[distinct + 1] = sumTo[distinct];
                    distinct++;
                }

                countTo[distinct] += total.Count;
                sumTo[distinct] += total.Sum;
            }

            // Trimmed, as Between searches the whole array of days.
            Array.Resize(ref dayOf, distinct);
            Array.Resize(ref countTo, distinct + 1);
            Array.Resize(ref sumTo, distinct + 1);
            (days, counts, sums) = (dayOf, countTo, sumTo);
        }

        public (long Count, long Sum) Between(DateOnly from, DateOnly to)
        {
            if (to < from)
            {
                return (0, 0);
            }

            // The days are distinct, so a day found is the one asked for: from's is the first in, to's the last.
            var first = Array.BinarySearch(days, from);
            first = first >= 0 ? first : ~first;
            var end = Array.BinarySearch(days, to);
            end = end >= 0 ? end + 1 : ~end;
            return (counts[end] - counts[first], sums[end] - sums[first]);
        }
    }
}

namespace Liaison.Web.Features.Reports;

/// <summary>One day's counted records of one kind (or of none, when the figure has no kinds), and the sum they carry.</summary>
public readonly record struct DayTotal(DateOnly Day, string Key, long Count, long Sum);

/// <summary>
/// A report's counted records by day, over its whole reach (the period and the one before it), read with the list's
/// own filter in one grouped query. Every figure of the period, of the previous period and of each year is then a sum
/// of days, where it was one list query per span: a national report over 25 years has 27 spans per figure (ADR 0012,
/// addendum of issue 9). The figures stay those of the lists, as the filter is the list's.
/// </summary>
public sealed class DailyTotals(IReadOnlyList<DayTotal> days)
{
    /// <summary>Records whose day lies in [from, to], of the given key (any key when null): their count and sum.</summary>
    public (long Count, long Sum) Between(DateOnly from, DateOnly to, string? key = null)
    {
        long count = 0, sum = 0;
        foreach (var day in days)
        {
            if (day.Day >= from && day.Day <= to && (key is null || day.Key == key))
            {
                count += day.Count;
                sum += day.Sum;
            }
        }

        return (count, sum);
    }
}

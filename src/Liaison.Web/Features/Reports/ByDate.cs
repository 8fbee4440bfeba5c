namespace Liaison.Web.Features.Reports;

/// <summary>
/// Records read once over a report's reach, in order of the date a span is cut by, so that a span's records are one
/// slice found by two binary searches. A national report cuts 300,000 aid transactions into some 50 spans; filtering
/// the whole list for each span was most of the report's own work.
/// </summary>
public sealed class ByDate<T>
{
    private readonly DateOnly[] dates;
    private readonly T[] items;

    internal ByDate(DateOnly[] dates, T[] items)
    {
        this.dates = dates;
        this.items = items;
    }

    /// <summary>The records dated in [from, to].</summary>
    public ArraySegment<T> Between(DateOnly from, DateOnly to)
    {
        var first = FirstAfter(from, inclusive: true);
        var end = FirstAfter(to, inclusive: false);
        return end > first ? new ArraySegment<T>(items, first, end - first) : ArraySegment<T>.Empty;
    }

    /// <summary>The index of the first record dated on or after the day (inclusive), or after it.</summary>
    private int FirstAfter(DateOnly day, bool inclusive)
    {
        int low = 0, high = dates.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (inclusive ? dates[middle] < day : dates[middle] <= day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

public static class ByDate
{
    /// <summary>Keeps what each record carries (<paramref name="item"/>), in order of the record's date.</summary>
    public static ByDate<T> Of<TRecord, T>(IEnumerable<TRecord> records, Func<TRecord, DateOnly> date, Func<TRecord, T> item)
    {
        // A stable sort: records of one day keep the order they were read in.
        var sorted = records.OrderBy(date).ToArray();
        return new ByDate<T>([.. sorted.Select(date)], [.. sorted.Select(item)]);
    }
}

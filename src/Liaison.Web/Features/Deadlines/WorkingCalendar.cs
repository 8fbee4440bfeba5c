namespace Liaison.Web.Features.Deadlines;

/// <summary>
/// Working-day arithmetic: Monday to Friday, less the public holidays an administrator keeps per year.
/// The law counts "10 working days before departure" on this calendar, and a period counted in calendar days
/// that ends on a day off moves to a working day (forward for "within 15 days after", backward for "30 days
/// before", so that keeping the deadline is never made later than the law allows).
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>
    /// The day <paramref name="days"/> working days after <paramref name="anchor"/> (before it when negative).
    /// The anchor itself is not counted: 10 working days before a Monday departure is the Monday two weeks earlier.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly anchor, int days)
    {
        var step = Math.Sign(days);
        var day = anchor;
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary><paramref name="days"/> calendar days from the anchor, moved off a day off in the direction that keeps the deadline safe.</summary>
    public DateOnly AddCalendarDays(DateOnly anchor, int days)
    {
        var day = anchor.AddDays(days);
        var step = days < 0 ? -1 : 1;
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(step);
        }

        return day;
    }

    public DateOnly Add(DateOnly anchor, int offset, OffsetUnit unit) =>
        unit == OffsetUnit.WorkingDays ? AddWorkingDays(anchor, offset) : AddCalendarDays(anchor, offset);
}

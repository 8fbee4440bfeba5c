using Liaison.Web.Features.Deadlines;

namespace Liaison.Web.Tests.Features.Deadlines;

/// <summary>Working-day arithmetic across weekends, the lunar New Year, other holidays and the turn of the year.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Vietnam2026 = new(ShippedHolidays.All.Select(h => h.Date));

    [Fact]
    public void TenWorkingDaysBeforeADeparture_SkipWeekends()
    {
        Assert.Equal(new DateOnly(2026, 2, 9), WorkingCalendar.WeekendsOnly.AddWorkingDays(new DateOnly(2026, 2, 23), -10));
    }

    [Fact]
    public void TenWorkingDaysBeforeADeparture_SkipTheLunarNewYear()
    {
        // Tết 2026 is 14–22 February: the nine days off push the filing deadline a week earlier.
        Assert.Equal(new DateOnly(2026, 2, 2), Vietnam2026.AddWorkingDays(new DateOnly(2026, 2, 23), -10));
    }

    [Fact]
    public void WorkingDaysBack_AcrossTheNewYear_SkipNewYearsDay()
    {
        Assert.Equal(new DateOnly(2026, 12, 21), Vietnam2026.AddWorkingDays(new DateOnly(2027, 1, 5), -10));
    }

    [Fact]
    public void WorkingDaysForward_SkipHungKingsDay_ReunificationDay_AndLabourDay()
    {
        Assert.Equal(new DateOnly(2026, 5, 6), Vietnam2026.AddWorkingDays(new DateOnly(2026, 4, 24), 5));
    }

    [Fact]
    public void CalendarDaysAfter_EndingOnAHoliday_MoveToTheNextWorkingDay()
    {
        // 15 days after 17 August 2026 is 1 September, National Day (1–2 September).
        Assert.Equal(new DateOnly(2026, 9, 3), Vietnam2026.AddCalendarDays(new DateOnly(2026, 8, 17), 15));
    }

    [Fact]
    public void CalendarDaysBefore_EndingOnADayOff_MoveEarlier_SoTheDeadlineIsKept()
    {
        // 30 days before 16 March 2026 is Saturday 14 February, in Tết: the application must go in on Friday the 13th.
        Assert.Equal(new DateOnly(2026, 2, 13), Vietnam2026.AddCalendarDays(new DateOnly(2026, 3, 16), -30));
    }

    [Fact]
    public void ADayOfTheYear_OnASunday_FallsDueOnMonday()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), Vietnam2026.Add(new DateOnly(2026, 11, 15), 0, OffsetUnit.CalendarDays));
    }

    [Fact]
    public void ZeroWorkingDays_IsTheAnchorItself()
    {
        Assert.Equal(new DateOnly(2026, 2, 21), Vietnam2026.AddWorkingDays(new DateOnly(2026, 2, 21), 0));
    }

    [Fact]
    public void TheShippedRules_AreTheOnesTheLawSets()
    {
        var rules = ShippedRules.All.Select(r => (r.Anchor, r.Describe())).ToList();

        Assert.Contains((DeadlineAnchor.OutboundDeparture, "10 working days before the departure of an outbound delegation"), rules);
        Assert.Contains((DeadlineAnchor.InboundArrival, "5 working days before the arrival of an inbound delegation"), rules);
        Assert.Contains((DeadlineAnchor.OutboundReturn, "15 days after the return of an outbound delegation"), rules);
        Assert.Contains((DeadlineAnchor.AgreementSigning, "15 days after the signing of an agreement"), rules);
        Assert.Contains((DeadlineAnchor.ConferenceStart, "30 days before the start of an international conference"), rules);
        Assert.Contains((DeadlineAnchor.ConferenceEnd, "15 days after the end of an international conference"), rules);
        Assert.Contains((DeadlineAnchor.FixedDateInYear, "every year on 15 November"), rules);
        Assert.Contains((DeadlineAnchor.FixedDateInYear, "every year on 18 December"), rules);
    }
}

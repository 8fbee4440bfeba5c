using Liaison.Web.Features.Reports;

namespace Liaison.Web.Tests.Features.Reports;

/// <summary>A span's count and sum from the running totals are those of the days it holds, edges included.</summary>
public sealed class DailyTotalsTests
{
    [Theory]
    [InlineData("Inbound,Outbound,Festival")]
    [InlineData("")] // a figure without kinds: its one kind's totals are every kind's
    public void Between_IsTheSumOfTheDaysInTheSpan_ForEveryKindAndForAll(string kindList)
    {
        var kinds = kindList.Split(',');
        var random = new Random(2026);
        var start = new DateOnly(2020, 1, 1);
        // Some days twice for one kind, as rows of one day may be read apart; some days with no record at all.
        var days = Enumerable.Range(0, 600)
            .Select(_ => new DayTotal(start.AddDays(random.Next(0, 900)), kinds[random.Next(kinds.Length)], random.Next(1, 5), random.Next(0, 40)))
            .ToList();
        var totals = new DailyTotals(days);

        for (var i = 0; i < 400; i++)
        {
            var from = start.AddDays(random.Next(-30, 930));
            var to = from.AddDays(random.Next(-5, 400));
            foreach (var kind in kinds.Append(null).Append("NoSuchKind"))
            {
                var expected = days.Where(d => d.Day >= from && d.Day <= to && (kind is null || d.Kind == kind)).ToList();
                Assert.Equal((expected.Sum(d => d.Count), expected.Sum(d => d.Sum)), totals.Between(from, to, kind));
            }
        }
    }

    [Fact]
    public void Between_CountsTheFirstAndLastDay_AndNothingOfAnEmptySpan()
    {
        var day = new DateOnly(2024, 2, 29);
        var totals = new DailyTotals([new DayTotal(day, string.Empty, 3, 30), new DayTotal(day.AddDays(1), string.Empty, 1, 5)]);

        Assert.Equal((3L, 30L), totals.Between(day, day));
        Assert.Equal((4L, 35L), totals.Between(day, day.AddDays(1)));
        Assert.Equal((1L, 5L), totals.Between(day.AddDays(1), DateOnly.MaxValue));
        Assert.Equal((0L, 0L), totals.Between(day.AddDays(1), day));
        Assert.Equal((0L, 0L), new DailyTotals([]).Between(DateOnly.MinValue, DateOnly.MaxValue));
    }
}

/// <summary>A span's records are a slice of the records in date order, edges included.</summary>
public sealed class ByDateTests
{
    [Fact]
    public void Between_HoldsExactlyTheRecordsDatedInTheSpan()
    {
        var random = new Random(2027);
        var start = new DateOnly(2020, 1, 1);
        var records = Enumerable.Range(0, 500).Select(i => (Day: start.AddDays(random.Next(0, 700)), Id: i)).ToList();
        var byDate = ByDate.Of(records, r => r.Day, r => r.Id);

        for (var i = 0; i < 300; i++)
        {
            var from = start.AddDays(random.Next(-20, 720));
            var to = from.AddDays(random.Next(-3, 300));
            var expected = records.Where(r => r.Day >= from && r.Day <= to).Select(r => r.Id).Order();
            Assert.Equal(expected, byDate.Between(from, to).Order());
        }

        // An empty span is an empty slice that can be read, not a default one that throws when enumerated.
        Assert.Equal(0, ByDate.Of(records.Take(0), r => r.Day, r => r.Id).Between(DateOnly.MinValue, DateOnly.MaxValue).Sum());
        Assert.Equal(0, byDate.Between(start.AddDays(10), start.AddDays(9)).Sum());
        Assert.Equal(500, byDate.Between(DateOnly.MinValue, DateOnly.MaxValue).Count);
    }
}

using System.Net;
using Liaison.Web.Features.Deadlines;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Deadlines;

/// <summary>The secret calendar address: valid iCalendar, the owner's records only, and dead once replaced or turned off.</summary>
public abstract class CalendarFeedTests(LiaisonApp app) : AppTests(app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task TheFeed_ParsesAsICalendar_WithTheOwnersDelegationsAndDeadlines_AndNobodyElses()
    {
        var officer = await App.SignInNewUserAsync("hung-yen");
        var elsewhere = await App.SignInNewUserAsync("hai-phong");
        var visit = TestData.Delegation(TestData.Unique("Đoàn Sở Ngoại vụ Gyeonggi; hợp tác, giáo dục"));
        visit.StartDate = Today.AddDays(10);
        visit.EndDate = Today.AddDays(12);
        var ours = await TestData.CreateDelegationAsync(officer, visit);
        var theirs = await TestData.CreateDelegationAsync(elsewhere, TestData.Delegation(TestData.Unique("Not for the feed")) is var other
            ? WithDates(other, Today.AddDays(10)) : other);

        var me = (await ReadAsync<Liaison.Web.Features.Accounts.WhoAmI>(await officer.GetAsync("/api/account/me", Ct))).ProvinceId!.Value;
        var group = await ReadAsync<Liaison.Web.Features.Mechanisms.MechanismDetails>(await PostJsonAsync(officer, "/api/mechanisms", new Liaison.Web.Features.Mechanisms.MechanismInput
        {
            Kind = Liaison.Web.Features.Mechanisms.MechanismKind.JointWorkingGroup, Name = TestData.Unique("Working group with Guangxi"), ProvinceIds = [me],
            ForeignMembers = [new() { Name = "Guangxi", CountryCode = "CN" }],
        }));
        var meeting = await ReadAsync<Liaison.Web.Features.Mechanisms.SessionDetails>(await PostJsonAsync(officer, $"/api/mechanisms/{group.Id}/sessions", new Liaison.Web.Features.Mechanisms.SessionInput
        {
            Number = 3, StartDate = Today.AddDays(30), EndDate = Today.AddDays(31), Venue = "Nanning", CountryCode = "CN",
        }));

        var address = await ReadAsync<CalendarAddress>(await officer.PostAsync(new Uri("/api/account/calendar-feed", UriKind.Relative), null, Ct));
        var response = await App.Anonymous().GetAsync(address.Path, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(text.Split("\r\n"), line => System.Text.Encoding.UTF8.GetByteCount(line) > 75);
        var trip = Assert.Single(calendar.Events, e => e.Uid == $"delegation-{ours.Id}@liaison");
        Assert.Equal($"Inbound delegation: {visit.Title}", trip.Summary);
        Assert.Equal(visit.StartDate, DateOnly.FromDateTime(trip.DtStart!.Value));
        Assert.Equal(visit.EndDate!.Value.AddDays(1), DateOnly.FromDateTime(trip.DtEnd!.Value));
        Assert.Contains(calendar.Events, e => e.Summary == "Due: File an inbound delegation with the Department" && e.Url?.ToString().EndsWith($"/delegations/{ours.Id}", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"delegation-{theirs.Id}@liaison");
        Assert.Equal($"Session 3: {group.Name}", Assert.Single(calendar.Events, e => e.Uid == $"session-{meeting.Id}@liaison").Summary);
        Assert.DoesNotContain(calendar.Events, e => e.Url?.ToString().EndsWith($"/delegations/{theirs.Id}", StringComparison.Ordinal) == true); // nor its deadlines
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplacedAddress_StopsWorking_AndSoDoesOneTurnedOff()
    {
        var officer = await App.SignInNewUserAsync("hung-yen");
        var first = await ReadAsync<CalendarAddress>(await officer.PostAsync(new Uri("/api/account/calendar-feed", UriKind.Relative), null, Ct));
        var second = await ReadAsync<CalendarAddress>(await officer.PostAsync(new Uri("/api/account/calendar-feed", UriKind.Relative), null, Ct));

        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync(first.Path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync(second.Path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync("/calendar/lia_abcdefgh_" + new string('x', 40) + ".ics", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync("/api/account/calendar-feed", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync(second.Path, Ct)).StatusCode);
    }

    private static Liaison.Web.Features.Delegations.DelegationInput WithDates(Liaison.Web.Features.Delegations.DelegationInput input, DateOnly start)
    {
        input.StartDate = start;
        input.EndDate = start.AddDays(1);
        return input;
    }
}

public sealed class CalendarFeedTests_Sqlite(SqliteApp app) : CalendarFeedTests(app);

public sealed class CalendarFeedTests_Postgres(PostgresApp app) : CalendarFeedTests(app);

public sealed class ICalendarWriterTests
{
    [Fact]
    public void LongVietnameseText_WithCommasAndSemicolons_IsFoldedAndEscaped_AndReadsBackTheSame()
    {
        var summary = "Hội nghị xúc tiến đầu tư, thương mại và du lịch tỉnh Lai Châu; đoàn Vân Nam (Trung Quốc) \\ lần thứ 11 — " + new string('đ', 60);
        var writer = new ICalendarWriter("Liaison", new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc));
        writer.AllDay("activity-1", summary, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), "https://example.test/activities/1", "line one\nline two");

        var text = writer.ToString();
        var parsed = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);

        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(summary, parsed.Summary);
        Assert.Equal("line one\nline two", parsed.Description);
        Assert.Equal(new DateOnly(2026, 12, 4), DateOnly.FromDateTime(parsed.DtEnd!.Value));
    }
}

using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Deadlines;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Deadlines;

/// <summary>Each user's list of what is due, worked out from the rules table, the holiday calendar and the records.</summary>
public abstract class DeadlineApiTests(LiaisonApp app) : AppTests(app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task TheList_ShowsEachUserTheirOwnDeadlines_AndAnItemLeavesWhenItIsDone()
    {
        var officer = await App.SignInNewUserAsync("vinh-long");
        var unit = await App.SignInNewUserAsync("vinh-long", Roles.UnitContributor, "Department of Culture");
        var elsewhere = await App.SignInNewUserAsync("dong-nai");
        var calendar = await CalendarAsync(officer, Today.Year, Today.Year + 1);

        var trip = TestData.Delegation(TestData.Unique("Study tour to Gyeonggi"));
        trip.Direction = DelegationDirection.Outbound;
        trip.StartDate = Today.AddDays(40);
        trip.EndDate = Today.AddDays(45);
        trip.CountryCodes = ["KR"];
        var outbound = await TestData.CreateDelegationAsync(officer, trip);
        var visit = TestData.Delegation(TestData.Unique("Cultural troupe from Luang Prabang"));
        visit.StartDate = Today.AddDays(20);
        visit.EndDate = Today.AddDays(22);
        var inbound = await TestData.CreateDelegationAsync(unit, visit);
        var partner = await TestData.CreatePartnerAsync(officer);
        var signed = TestData.Agreement(partner.Id, TestData.Unique("Memorandum on rice trade"));
        signed.SignedOn = Today.AddDays(-20);
        var agreement = await TestData.CreateAgreementAsync(officer, signed);

        var officers = await DueAsync(officer);
        var units = await DueAsync(unit);
        var others = await DueAsync(elsewhere);

        var filing = Assert.Single(officers, i => i.Item.Link == $"/delegations/{outbound.Id}" && i.Item.What == "File an outbound delegation with the Department");
        var report = Assert.Single(officers, i => i.Item.Link == $"/delegations/{outbound.Id}" && i.Item.What == "Trip results report");
        Assert.Equal(calendar.AddCalendarDays(trip.EndDate!.Value, 15), report.Item.DueDate);
        Assert.Equal(calendar.AddWorkingDays(trip.StartDate!.Value, -10), filing.Item.DueDate);
        Assert.Equal(DueWhen.Later, filing.Section);
        Assert.False(filing.Item.CanBeMarkedDone);
        var copy = Assert.Single(officers, i => i.Item.Link == $"/agreements/{agreement.Id}" && i.Item.CanBeMarkedDone);
        Assert.Equal("Copy of the signed agreement to the Ministry of Foreign Affairs", copy.Item.What);
        Assert.Equal(calendar.AddCalendarDays(signed.SignedOn!.Value, 15), copy.Item.DueDate);
        Assert.Equal(DueWhen.Overdue, copy.Section);
        Assert.Equal(calendar.AddWorkingDays(visit.StartDate!.Value, -5), Assert.Single(officers, i => i.Item.Link == $"/delegations/{inbound.Id}" && i.Item.What == "File an inbound delegation with the Department").Item.DueDate);
        Assert.Equal([$"/delegations/{inbound.Id}"], units.Select(i => i.Item.Link).Where(l => l.StartsWith("/delegations/", StringComparison.Ordinal)).Distinct());
        Assert.DoesNotContain(units, i => i.Item.Link.StartsWith("/agreements/", StringComparison.Ordinal));
        Assert.DoesNotContain(others, i => i.Item.Link == $"/delegations/{outbound.Id}" || i.Item.Link == $"/agreements/{agreement.Id}" || i.Item.Link == $"/delegations/{inbound.Id}");
        Assert.All(await DueAsync(officer, "&when=Overdue"), i => Assert.Equal(DueWhen.Overdue, i.Section));
        var home = WebUtility.HtmlDecode(await (await officer.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("What is due", home, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* overdue", home); // the copy of the memorandum, at least

        // The filing leaves by itself once the delegation is submitted; it can't be marked done by hand.
        await ProblemDetailAsync(await PostJsonAsync(officer, "/api/deadlines/done", new { key = filing.Item.Key }), HttpStatusCode.Conflict);
        Assert.True((await PostJsonAsync(officer, $"/api/delegations/{outbound.Id}/status", new { to = "Submitted" })).IsSuccessStatusCode);
        var afterFiling = await DueAsync(officer);
        Assert.DoesNotContain(afterFiling, i => i.Item.Key == filing.Item.Key);
        Assert.Contains(afterFiling, i => i.Item.Key == report.Item.Key); // the report is still to come

        // The copy to the ministry is marked done, with a day that can't be in the future; the mark can be taken back.
        var future = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/deadlines/done", new { key = copy.Item.Key, doneOn = Today.AddDays(1) }));
        Assert.Equal(["The day it was done can't be in the future."], future["doneOn"]);
        await ProblemDetailAsync(await PostJsonAsync(elsewhere, "/api/deadlines/done", new { key = copy.Item.Key }), HttpStatusCode.NotFound);
        Assert.True((await PostJsonAsync(officer, "/api/deadlines/done", new { key = copy.Item.Key, note = "Sent by post" })).IsSuccessStatusCode);
        Assert.DoesNotContain(await DueAsync(officer), i => i.Item.Key == copy.Item.Key);
        Assert.Equal(HttpStatusCode.NoContent, (await PostJsonAsync(officer, "/api/deadlines/done/undo", new { key = copy.Item.Key })).StatusCode);
        Assert.Contains(await DueAsync(officer), i => i.Item.Key == copy.Item.Key);
    }

    [Fact]
    public async Task ARuleEditedByAnAdministrator_AndAHolidayAdded_TakeEffectAtOnce()
    {
        var admin = await App.SignInNewUserAsync("dong-thap", Roles.Administrator);
        var officer = await App.SignInNewUserAsync("dong-thap");
        var visit = TestData.Delegation(TestData.Unique("Business delegation from Kaohsiung"));
        var departure = Today.AddDays(60);
        visit.StartDate = departure.AddDays(-3);
        visit.EndDate = departure;
        var delegation = await TestData.CreateDelegationAsync(officer, visit);
        var input = new DeadlineRuleInput
        {
            Name = TestData.Unique("Thank-you letter to the visitors"), Anchor = DeadlineAnchor.InboundDeparture, Offset = 3, Unit = OffsetUnit.WorkingDays,
            AppliesFrom = Today, IsActive = true,
        };
        var rule = await ReadAsync<DeadlineRule>(await PostJsonAsync(admin, "/api/deadline-rules", input));
        try
        {
            var calendar = await CalendarAsync(officer, departure.Year, departure.Year + 1);
            var first = await ItemAsync(officer, rule, delegation.Id);
            Assert.Equal(calendar.AddWorkingDays(departure, 3), first.DueDate);
            Assert.Equal("3 working days after the departure of an inbound delegation", first.RuleText);

            // A holiday on the first working day after the departure pushes the deadline one working day on.
            var dayOff = calendar.AddWorkingDays(departure, 1);
            var holiday = await ReadAsync<Holiday>(await PostJsonAsync(admin, "/api/holidays", new { date = dayOff, name = "Day off given in lieu" }));
            var withHoliday = await ItemAsync(officer, rule, delegation.Id);
            var twice = await ValidationErrorsAsync(await PostJsonAsync(admin, "/api/holidays", new { date = dayOff, name = "Again" }));
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeleteAsync($"/api/holidays/{holiday.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/holidays/{holiday.Id}", Ct)).StatusCode);
            var afterRemoval = await ItemAsync(officer, rule, delegation.Id);
            Assert.Equal(calendar.AddWorkingDays(first.DueDate, 1), withHoliday.DueDate);
            Assert.Contains("is already a holiday", Assert.Single(twice["date"]), StringComparison.Ordinal);
            Assert.Equal(first.DueDate, afterRemoval.DueDate);

            // Ten calendar days instead: the list follows the edit; an edit from an old version is refused.
            input.Offset = 10;
            input.Unit = OffsetUnit.CalendarDays;
            input.Version = rule.Version;
            var edited = await ReadAsync<DeadlineRule>(await PutJsonAsync(admin, $"/api/deadline-rules/{rule.Id}", input));
            Assert.Equal(calendar.AddCalendarDays(departure, 10), (await ItemAsync(officer, rule, delegation.Id)).DueDate);
            await ProblemDetailAsync(await PutJsonAsync(admin, $"/api/deadline-rules/{rule.Id}", input), HttpStatusCode.Conflict);

            var officerEdit = await PutJsonAsync(officer, $"/api/deadline-rules/{rule.Id}", input);
            Assert.Equal(HttpStatusCode.Forbidden, officerEdit.StatusCode);

            input.IsActive = false;
            input.Version = edited.Version;
            await ReadAsync<DeadlineRule>(await PutJsonAsync(admin, $"/api/deadline-rules/{rule.Id}", input));
            Assert.DoesNotContain(await DueAsync(officer), i => i.Item.What == rule.Name);
        }
        finally
        {
            var current = (await ReadAsync<List<DeadlineRule>>(await admin.GetAsync("/api/deadline-rules", Ct))).Single(r => r.Id == rule.Id);
            if (current.IsActive)
            {
                input.IsActive = false;
                input.Version = current.Version;
                await PutJsonAsync(admin, $"/api/deadline-rules/{rule.Id}", input);
            }
        }

    }

    [Theory]
    [InlineData("FixedDateInYear", null, null, null, "fixedDay")]
    [InlineData("FixedDateInYear", null, 2, 29, "fixedDay")]
    [InlineData("OutboundReturn", 400, null, null, "offset")]
    [InlineData("AgreementSigning", 15, null, null, "doneWhen")]
    public async Task ARuleThatMakesNoSense_IsRefused_WithTheFieldToFix(string anchor, int? offset, int? month, int? day, string field)
    {
        var admin = await App.SignInNewUserAsync("dong-thap", Roles.Administrator);
        var body = new Dictionary<string, object?>
        {
            ["name"] = "Bad rule", ["anchor"] = anchor, ["offset"] = offset, ["fixedMonth"] = month, ["fixedDay"] = day, ["appliesFrom"] = "2026-01-01",
            ["doneWhen"] = field == "doneWhen" ? "DelegationReportFiled" : "MarkedDone",
        };

        var errors = await ValidationErrorsAsync(await PostJsonAsync(admin, "/api/deadline-rules", body));

        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public async Task ARuleMustApplyFromAPlausibleDay()
    {
        var admin = await App.SignInNewUserAsync("dong-thap", Roles.Administrator);
        var input = new DeadlineRuleInput { Name = "Old rule", Anchor = DeadlineAnchor.OutboundReturn, Offset = 15, AppliesFrom = new DateOnly(1990, 1, 1) };

        var errors = await ValidationErrorsAsync(await PostJsonAsync(admin, "/api/deadline-rules", input));

        Assert.Equal(["The rule must apply from a day between 2000 and five years from now."], errors["appliesFrom"]);
    }

    private static async Task<List<DueItem>> DueAsync(HttpClient client, string filter = "") =>
        [.. (await ReadAsync<DueList>(await client.GetAsync($"/api/deadlines/due?pageSize=200&days=366{filter}", Ct))).Page.Items];

    private static async Task<DeadlineItem> ItemAsync(HttpClient client, DeadlineRule rule, int delegationId) =>
        Assert.Single(await DueAsync(client), i => i.Item.What == rule.Name && i.Item.Link == $"/delegations/{delegationId}").Item;

    /// <summary>The application's holiday calendar for the years, as the expected dates are worked out on it.</summary>
    private static async Task<WorkingCalendar> CalendarAsync(HttpClient client, params int[] years)
    {
        var days = new List<DateOnly>();
        foreach (var year in years)
        {
            days.AddRange((await ReadAsync<List<Holiday>>(await client.GetAsync($"/api/holidays?year={year}", Ct))).Select(h => h.Date));
        }

        return new WorkingCalendar(days);
    }
}

public sealed class DeadlineApiTests_Sqlite(SqliteApp app) : DeadlineApiTests(app);

public sealed class DeadlineApiTests_Postgres(PostgresApp app) : DeadlineApiTests(app);

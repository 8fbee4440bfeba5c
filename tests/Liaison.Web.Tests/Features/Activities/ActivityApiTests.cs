using System.Net;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Activities;

public abstract class ActivityApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task Create_InTheProvince_DefaultsToVietnam_AndAppearsOnTheTimelineNewestFirst()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var partner = await TestData.CreatePartnerAsync(client);
        var delegation = await TestData.CreateDelegationAsync(client, TestData.Delegation(partners: [partner.Id]));

        var response = await PostJsonAsync(client, "/api/activities", TestData.Activity([partner.Id]));
        var activity = await ReadAsync<ActivityDetails>(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("VN", activity.CountryCode);
        var timeline = await ReadAsync<List<TimelineItem>>(await client.GetAsync($"/api/partners/{partner.Id}/timeline", Ct));
        Assert.Equal([(TimelineItemType.Delegation, delegation.Id), (TimelineItemType.Activity, activity.Id)], timeline.Select(t => (t.Type, t.Id)));
    }

    [Fact]
    public async Task Create_AbroadWithoutCountry_NegativeParticipants_EndBeforeStart_AreRefused()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var input = TestData.Activity();
        input.InProvince = false;
        input.CountryCode = null;
        input.ParticipantCount = -1;
        input.EndDate = input.StartDate!.Value.AddDays(-2);

        var errors = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/activities", input));

        Assert.Contains("countryCode", errors.Keys);
        Assert.Contains("participantCount", errors.Keys);
        Assert.Contains("endDate", errors.Keys);
    }

    [Fact]
    public async Task List_FiltersByKindAndPeriod_WithParticipantTotals()
    {
        var client = await App.SignInNewUserAsync("ha-tinh");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var seminar = TestData.Activity(title: $"Tea seminar {marker}");
        var press = TestData.Activity(title: $"Press visit {marker}");
        press.Kind = ActivityKind.ForeignPressVisit;
        press.ParticipantCount = 6;
        await ReadAsync<ActivityDetails>(await PostJsonAsync(client, "/api/activities", seminar));
        await ReadAsync<ActivityDetails>(await PostJsonAsync(client, "/api/activities", press));

        var visits = await ReadAsync<Paged<ActivityRow>>(await client.GetAsync($"/api/activities?q={marker}&kind=ForeignPressVisit&from=2022-01-01&to=2022-12-31", Ct));
        Assert.Equal(press.Title, Assert.Single(visits.Items).Title);
        var all = await ReadAsync<Paged<ActivityRow>>(await client.GetAsync($"/api/activities?q={marker}", Ct));
        Assert.Equal(206, all.Totals![ListActivitiesHandler.ParticipantsTotal]);
        Assert.Empty((await ReadAsync<Paged<ActivityRow>>(await client.GetAsync($"/api/activities?q={marker}&from=2023-01-01", Ct))).Items);
    }

    [Fact]
    public async Task AnotherProvincesActivity_Is404()
    {
        var laiChau = await App.SignInNewUserAsync("lai-chau");
        var tayNinh = await App.SignInNewUserAsync("tay-ninh");
        var activity = await ReadAsync<ActivityDetails>(await PostJsonAsync(laiChau, "/api/activities", TestData.Activity()));

        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.GetAsync($"/api/activities/{activity.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.PostAsync($"/api/activities/{activity.Id}/archive", null, Ct)).StatusCode);
    }
}

public sealed class ActivityApiTests_Sqlite(SqliteApp app) : ActivityApiTests(app);

public sealed class ActivityApiTests_Postgres(PostgresApp app) : ActivityApiTests(app);

using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Delegations;

public abstract class DelegationApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task Create_ValidDelegation_StartsAsDraftWithMembersCountriesAndPartners()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var partner = await TestData.CreatePartnerAsync(client, TestData.Partner(country: "LA"));

        var created = await TestData.CreateDelegationAsync(client, TestData.Delegation(partners: [partner.Id]));

        Assert.Equal(DelegationStatus.Draft, created.Status);
        Assert.Equal(["LA"], created.CountryCodes);
        Assert.Equal(partner.Id, Assert.Single(created.Partners).Id);
        Assert.Equal("Member One", Assert.Single(created.Members).Name);
        Assert.Equal([DelegationStatus.Submitted, DelegationStatus.Cancelled], created.AllowedMoves);
    }

    [Fact]
    public async Task Create_EndBeforeStartNegativeAndAbsurdCountsUnknownCountry_AreRefusedWithoutWriting()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var title = TestData.Unique("Bad delegation");
        var input = TestData.Delegation(title);
        input.EndDate = input.StartDate!.Value.AddDays(-1);
        input.MemberCount = -3;
        input.CountryCodes = ["ZZ"];

        var errors = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/delegations", input));
        Assert.Contains("end date must be the same as or after", errors["endDate"][0], StringComparison.Ordinal);
        Assert.Contains("between 1 and 2,000", errors["memberCount"][0], StringComparison.Ordinal);
        Assert.Contains("countryCodes", errors.Keys);

        input.MemberCount = 50_000_000;
        var absurd = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/delegations", input));
        Assert.Contains("memberCount", absurd.Keys);

        var list = await ReadAsync<Paged<DelegationRow>>(await client.GetAsync($"/api/delegations?q={Uri.EscapeDataString(title)}", Ct));
        Assert.Equal(0, list.Total);
    }

    [Fact]
    public async Task Create_MoreNamedMembersThanTheCount_IsRefused()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var input = TestData.Delegation();
        input.MemberCount = 1;
        input.Members = [new MemberInput { Name = "A" }, new MemberInput { Name = "B" }];

        var errors = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/delegations", input));

        Assert.Contains("You named 2 members", errors["memberCount"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusMoves_FollowTheRules_FromDraftToReportFiled_WithALeaderApproving()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var leader = await App.SignInNewUserAsync("lai-chau", Roles.ProvincialLeader);
        var d = await TestData.CreateDelegationAsync(client);
        var url = $"/api/delegations/{d.Id}/status";

        var submitted = await ReadAsync<DelegationDetails>(await PostJsonAsync(client, url, new { to = "Submitted" }));
        Assert.Equal([DelegationStatus.Draft, DelegationStatus.Cancelled], submitted.AllowedMoves); // what the officer may do
        var officerApproves = await ProblemDetailAsync(await PostJsonAsync(client, url, new { to = "Approved", decisionNumber = "1", decisionDate = "2025-10-01" }), HttpStatusCode.Forbidden);
        Assert.Equal("Only a provincial leader can approve a delegation; it is waiting for one.", officerApproves);
        var noDecision = await ValidationErrorsAsync(await PostJsonAsync(leader, url, new { to = "Approved" }));
        Assert.Contains("decisionNumber", noDecision.Keys);
        var approved = await ReadAsync<DelegationDetails>(await PostJsonAsync(leader, url, new { to = "Approved", decisionNumber = "123/QĐ-UBND", decisionDate = "2025-10-01" }));
        Assert.Equal("123/QĐ-UBND", approved.DecisionNumber);
        await ReadAsync<DelegationDetails>(await PostJsonAsync(client, url, new { to = "UnderWay" }));
        await ReadAsync<DelegationDetails>(await PostJsonAsync(client, url, new { to = "Completed" }));
        var filed = await ReadAsync<DelegationDetails>(await PostJsonAsync(client, url, new { to = "ReportFiled" }));

        Assert.Equal(DelegationStatus.ReportFiled, filed.Status);
        Assert.Empty(filed.AllowedMoves);
    }

    [Fact]
    public async Task StatusMove_NotAllowed_Returns409WithASentenceAndChangesNothing()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var d = await TestData.CreateDelegationAsync(client);

        var detail = await ProblemDetailAsync(await PostJsonAsync(client, $"/api/delegations/{d.Id}/status", new { to = "Completed" }), HttpStatusCode.Conflict);

        Assert.Equal("A delegation can't be under way, completed or reported on before it is approved. From draft it can move to: submitted, cancelled.", detail);
        var stored = await ReadAsync<DelegationDetails>(await client.GetAsync($"/api/delegations/{d.Id}", Ct));
        Assert.Equal(DelegationStatus.Draft, stored.Status);
        Assert.Equal(d.Version, stored.Version);
    }

    [Fact]
    public async Task Rejection_NeedsAReason_WhichIsCarriedBackToTheSubmitter()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var leader = await App.SignInNewUserAsync("lai-chau", Roles.ProvincialLeader);
        var d = await TestData.CreateDelegationAsync(client);
        var url = $"/api/delegations/{d.Id}/status";
        await ReadAsync<DelegationDetails>(await PostJsonAsync(client, url, new { to = "Submitted" }));

        var errors = await ValidationErrorsAsync(await PostJsonAsync(leader, url, new { to = "Rejected" }));
        Assert.Contains("reason", errors.Keys);
        await ReadAsync<DelegationDetails>(await PostJsonAsync(leader, url, new { to = "Rejected", reason = "Trip not in the annual plan" }));

        var seenBySubmitter = await ReadAsync<DelegationDetails>(await client.GetAsync($"/api/delegations/{d.Id}", Ct));
        Assert.Equal("Trip not in the annual plan", seenBySubmitter.StatusReason);
        Assert.Equal([DelegationStatus.Draft], seenBySubmitter.AllowedMoves);
    }

    public static TheoryData<string, DelegationStatus, DelegationStatus, HttpStatusCode> MovesByRole => new()
    {
        { Roles.Officer, DelegationStatus.Draft, DelegationStatus.Submitted, HttpStatusCode.OK },
        { Roles.UnitContributor, DelegationStatus.Draft, DelegationStatus.Submitted, HttpStatusCode.OK },
        { Roles.ProvincialLeader, DelegationStatus.Draft, DelegationStatus.Submitted, HttpStatusCode.OK },
        { Roles.Viewer, DelegationStatus.Draft, DelegationStatus.Submitted, HttpStatusCode.Forbidden },
        { Roles.MinistryReader, DelegationStatus.Draft, DelegationStatus.Submitted, HttpStatusCode.Forbidden },
        { Roles.Administrator, DelegationStatus.Draft, DelegationStatus.Submitted, HttpStatusCode.NotFound },
        { Roles.ProvincialLeader, DelegationStatus.Submitted, DelegationStatus.Approved, HttpStatusCode.OK },
        { Roles.Officer, DelegationStatus.Submitted, DelegationStatus.Approved, HttpStatusCode.Forbidden },
        { Roles.UnitContributor, DelegationStatus.Submitted, DelegationStatus.Approved, HttpStatusCode.Forbidden },
        { Roles.Viewer, DelegationStatus.Submitted, DelegationStatus.Approved, HttpStatusCode.Forbidden },
        { Roles.ProvincialLeader, DelegationStatus.Submitted, DelegationStatus.Rejected, HttpStatusCode.OK },
        { Roles.Officer, DelegationStatus.Submitted, DelegationStatus.Rejected, HttpStatusCode.Forbidden },
        { Roles.Officer, DelegationStatus.Submitted, DelegationStatus.Draft, HttpStatusCode.OK },
        { Roles.ProvincialLeader, DelegationStatus.Approved, DelegationStatus.Cancelled, HttpStatusCode.OK },
        { Roles.Officer, DelegationStatus.Approved, DelegationStatus.Cancelled, HttpStatusCode.Forbidden },
        { Roles.Officer, DelegationStatus.Approved, DelegationStatus.UnderWay, HttpStatusCode.OK },
        { Roles.UnitContributor, DelegationStatus.UnderWay, DelegationStatus.Completed, HttpStatusCode.OK },
        { Roles.Viewer, DelegationStatus.Completed, DelegationStatus.ReportFiled, HttpStatusCode.Forbidden },
        { Roles.Officer, DelegationStatus.Completed, DelegationStatus.ReportFiled, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(MovesByRole))]
    public async Task StatusMove_IsAllowedOnlyToTheRolesTheRuleNames(string role, DelegationStatus from, DelegationStatus to, HttpStatusCode expected)
    {
        var leader = await App.SignInNewUserAsync("lai-chau", Roles.ProvincialLeader);
        var actor = await App.SignInNewUserAsync("lai-chau", role);
        var d = await TestData.CreateDelegationAsync(role == Roles.UnitContributor ? actor : leader); // a unit contributor sees only its unit's
        await MoveAlongAsync(leader, d.Id, from);

        var response = await PostJsonAsync(actor, $"/api/delegations/{d.Id}/status", new { to, reason = "Because", decisionNumber = "7/QĐ", decisionDate = "2025-01-02" });

        Assert.Equal(expected, response.StatusCode);
        var stored = await ReadAsync<DelegationDetails>(await leader.GetAsync($"/api/delegations/{d.Id}", Ct));
        Assert.Equal(expected == HttpStatusCode.OK ? to : from, stored.Status);
    }

    [Fact]
    public async Task AUnitContributor_SeesOnlyItsUnitsSubmissions_WhichTheProvinceSeesToo()
    {
        var culture = await App.SignInNewUserAsync("lai-chau", Roles.UnitContributor, "Department of Culture, Sports and Tourism");
        var college = await App.SignInNewUserAsync("lai-chau", Roles.UnitContributor, "Lai Chau Community College");
        var officer = await App.SignInNewUserAsync("lai-chau");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var mine = await TestData.CreateDelegationAsync(culture, TestData.Delegation($"Gaya festival troupe {marker}"));
        var theirs = await TestData.CreateDelegationAsync(college, TestData.Delegation($"Inje University visit {marker}"));
        var provinces = await TestData.CreateDelegationAsync(officer, TestData.Delegation($"Yunnan working visit {marker}"));

        var seenByCulture = await ReadAsync<Paged<DelegationRow>>(await culture.GetAsync($"/api/delegations?q={marker}", Ct));
        Assert.Equal([mine.Id], seenByCulture.Items.Select(d => d.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await culture.GetAsync($"/api/delegations/{theirs.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await culture.GetAsync($"/api/delegations/{provinces.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await culture.GetAsync($"/delegations/{theirs.Id}", Ct)).StatusCode);
        var seenByOfficer = await ReadAsync<Paged<DelegationRow>>(await officer.GetAsync($"/api/delegations?q={marker}", Ct));
        Assert.Equal(3, seenByOfficer.Total);
    }

    private static async Task MoveAlongAsync(HttpClient leader, int id, DelegationStatus target)
    {
        DelegationStatus[] path = [DelegationStatus.Submitted, DelegationStatus.Approved, DelegationStatus.UnderWay, DelegationStatus.Completed, DelegationStatus.ReportFiled];
        if (target == DelegationStatus.Draft)
        {
            return;
        }

        foreach (var step in path)
        {
            var response = await PostJsonAsync(leader, $"/api/delegations/{id}/status", new { to = step, decisionNumber = "1/QĐ", decisionDate = "2025-01-01" });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
            if (step == target)
            {
                return;
            }
        }
    }

    [Fact]
    public async Task List_FiltersByCountryPeriodDirectionAndPartner_WithMemberTotals()
    {
        var client = await App.SignInNewUserAsync("dien-bien");
        var partner = await TestData.CreatePartnerAsync(client, TestData.Partner(country: "KR"));
        var marker = Guid.NewGuid().ToString("N")[..8];
        var inPeriod = TestData.Delegation($"Korea visit {marker}", [partner.Id]);
        inPeriod.CountryCodes = ["KR"];
        inPeriod.MemberCount = 7;
        var outside = TestData.Delegation($"Korea visit {marker} old", [partner.Id]);
        outside.CountryCodes = ["KR"];
        outside.StartDate = new DateOnly(2019, 5, 1);
        outside.EndDate = new DateOnly(2019, 5, 2);
        var other = TestData.Delegation($"Laos visit {marker}");
        other.Direction = DelegationDirection.Outbound;
        foreach (var input in new[] { inPeriod, outside, other })
        {
            await TestData.CreateDelegationAsync(client, input);
        }

        var korea = await ReadAsync<Paged<DelegationRow>>(await client.GetAsync($"/api/delegations?q={marker}&country=KR&from=2020-01-01&to=2025-12-31&direction=Inbound", Ct));
        Assert.Equal(inPeriod.Title, Assert.Single(korea.Items).Title);
        Assert.Equal(7, korea.Totals![ListDelegationsHandler.MembersTotal]);

        var byPartner = await ReadAsync<Paged<DelegationRow>>(await client.GetAsync($"/api/delegations?partnerId={partner.Id}&sort=start", Ct));
        Assert.Equal([outside.Title, inPeriod.Title], byPartner.Items.Select(d => d.Title));

        var outbound = await ReadAsync<Paged<DelegationRow>>(await client.GetAsync($"/api/delegations?q={marker}&direction=Outbound", Ct));
        Assert.Equal(other.Title, Assert.Single(outbound.Items).Title);
    }

    [Fact]
    public async Task AnotherProvincesDelegation_Is404_AndItsPartnersCannotBeUsed()
    {
        var laiChau = await App.SignInNewUserAsync("lai-chau");
        var tayNinh = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(laiChau);
        var d = await TestData.CreateDelegationAsync(laiChau);

        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.GetAsync($"/api/delegations/{d.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(tayNinh, $"/api/delegations/{d.Id}/status", new { to = "Submitted" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutJsonAsync(tayNinh, $"/api/delegations/{d.Id}", TestData.Delegation())).StatusCode);
        var errors = await ValidationErrorsAsync(await PostJsonAsync(tayNinh, "/api/delegations", TestData.Delegation(partners: [partner.Id])));
        Assert.Contains("partnerIds", errors.Keys);
    }

    [Fact]
    public async Task Update_ReplacesDetails_AndRefusesAStaleVersion()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var d = await TestData.CreateDelegationAsync(client);
        var edit = d.ToInput();
        edit.CountryCodes = ["LA", "CN"];
        edit.Members = [];

        var updated = await ReadAsync<DelegationDetails>(await PutJsonAsync(client, $"/api/delegations/{d.Id}", edit));
        Assert.Equal(["CN", "LA"], updated.CountryCodes);
        Assert.Empty(updated.Members);

        await ProblemDetailAsync(await PutJsonAsync(client, $"/api/delegations/{d.Id}", edit), HttpStatusCode.Conflict);
    }
}

public sealed class DelegationApiTests_Sqlite(SqliteApp app) : DelegationApiTests(app);

public sealed class DelegationApiTests_Postgres(PostgresApp app) : DelegationApiTests(app);

using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Border;

/// <summary>Gates with their history, twinned villages, incidents seen only by those who handle border matters, and patrols linked to a gate.</summary>
public abstract class BorderApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AGate_KnowsItsCounterpart_AndWhetherItIsOpen_FromItsDatedHistory()
    {
        var officer = await App.SignInNewUserAsync("phu-tho");
        var input = Gate(TestData.Unique("Soc Giang"), "Ping Meng");
        input.Events =
        [
            new() { Kind = GateEventKind.Opened, Year = 1996, Month = 4 },
            new() { Kind = GateEventKind.Closed, Year = 2020, Month = 3, Day = 28, Note = "Epidemic" },
            new() { Kind = GateEventKind.Reopened, Year = 2025 },
            new() { }, // a form's empty row
        ];

        var created = await ReadAsync<BorderGateDetails>(await PostJsonAsync(officer, "/api/border/gates", input));

        Assert.Equal((GateState.Open, "Ping Meng", "CN"), (created.State, created.CounterpartName, created.CounterpartCountryCode));
        Assert.Equal(["Apr 1996", "28 Mar 2020", "2025"], created.Events.Select(e => e.When));
        Assert.Equal(DatePrecision.Year, created.Events[^1].Precision);
        var row = Assert.Single((await ReadAsync<Paged<BorderGateRow>>(await officer.GetAsync($"/api/border/gates?q={Uri.EscapeDataString(input.Name!)}", Ct))).Items);
        Assert.Equal((GateState.Open, "Reopened 2025"), (row.State, row.LastEvent));

        // The list's CSV holds what the list shows, with its filters.
        var csv = (await officer.GetStringAsync($"/api/border/gates/export.csv?q={Uri.EscapeDataString(input.Name!)}", Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, csv.Length);
        Assert.StartsWith("id,name,type,counterpart", csv[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",Ping Meng,CN,Open,Reopened 2025", csv[1], StringComparison.Ordinal);

        // Closing it again is a new fact at the end of the history, and the state follows.
        var closing = created.ToInput();
        closing.Events.Add(new() { Kind = GateEventKind.Closed, Year = DateTime.Today.Year, Month = DateTime.Today.Month });
        var closed = await ReadAsync<BorderGateDetails>(await PutJsonAsync(officer, $"/api/border/gates/{created.Id}", closing));
        Assert.Equal(GateState.Closed, closed.State);
        Assert.Single((await ReadAsync<Paged<BorderGateRow>>(await officer.GetAsync($"/api/border/gates?q={Uri.EscapeDataString(input.Name!)}&state=Closed", Ct))).Items);
        Assert.Empty((await ReadAsync<Paged<BorderGateRow>>(await officer.GetAsync($"/api/border/gates?q={Uri.EscapeDataString(input.Name!)}&state=Open", Ct))).Items);

        // An edit made on the version read before the closing is refused, and says the history differs.
        var stale = await PutJsonAsync(officer, $"/api/border/gates/{created.Id}", created.ToInput());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("History", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // A fact known only to the year comes after a dated one in that year: "reopened in 2025" follows "closed 12 March 2025".
        var year = Gate(TestData.Unique("Chi Ma"), "Aidian");
        year.Events = [new() { Kind = GateEventKind.Reopened, Year = 2025 }, new() { Kind = GateEventKind.Closed, Year = 2025, Month = 3, Day = 12 }];
        var reopened = await ReadAsync<BorderGateDetails>(await PostJsonAsync(officer, "/api/border/gates", year));
        Assert.Equal((GateState.Open, GateEventKind.Reopened), (reopened.State, reopened.Events[^1].Kind));
    }

    [Fact]
    public async Task AGateThatMakesNoSense_IsRefusedField_ByField_AndNothingIsSaved()
    {
        var officer = await App.SignInNewUserAsync("phu-tho");
        var name = TestData.Unique("Ta Lung");
        var input = Gate(name, "Shuikou");
        input.CounterpartCountryCode = "VN";
        input.Events =
        [
            new() { Kind = GateEventKind.DesignatedForCommodity, Year = 2024 },
            new() { Kind = GateEventKind.Opened, Year = 2023, Month = 2, Day = 30 },
            new() { Kind = GateEventKind.Upgraded, Day = 3 },
            new() { Kind = GateEventKind.Reopened, Year = DateTime.Today.Year + 1 },
        ];

        var errors = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/border/gates", input));

        Assert.Equal(
            ["counterpartCountryCode", "events[0].commodity", "events[1].year", "events[2].year", "events[3].year"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("has no day 30", errors["events[1].year"][0], StringComparison.Ordinal);
        Assert.Empty((await ReadAsync<Paged<BorderGateRow>>(await officer.GetAsync($"/api/border/gates?q={Uri.EscapeDataString(name)}", Ct))).Items);
        var viewer = await App.SignInNewUserAsync("phu-tho", Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/border/gates", Gate(name, "Shuikou"))).StatusCode);
    }

    [Fact]
    public async Task TwinnedVillages_AreTiedByTheProvincesOwnAgreement_SinceAsPreciselyAsKnown()
    {
        var officer = await App.SignInNewUserAsync("thanh-hoa");
        var partner = await TestData.CreatePartnerAsync(officer);
        var agreement = await TestData.CreateAgreementAsync(officer, TestData.Agreement(partner.Id, TestData.Unique("Twinning of Na Hinh and Aidian")));
        var input = new VillagePairInput
        {
            OurVillage = TestData.Unique("Na Hinh"), OurCommune = "Thanh Loa", TheirVillage = "Aidian", TheirLocality = "Ningming County", CountryCode = "CN",
            AgreementId = agreement.Id, SinceYear = 2019, SinceMonth = 11,
        };

        var created = await ReadAsync<VillagePairDetails>(await PostJsonAsync(officer, "/api/border/villages", input));

        Assert.Equal((agreement.Id, agreement.Title, "Nov 2019"), (created.AgreementId!.Value, created.AgreementTitle, created.SinceText));
        var row = Assert.Single((await ReadAsync<Paged<VillagePairRow>>(await officer.GetAsync($"/api/border/villages?q={Uri.EscapeDataString(input.OurVillage)}&hasAgreement=true", Ct))).Items);
        Assert.Equal("Aidian", row.TheirVillage);

        // Another province's agreement can't tie this province's villages.
        var elsewhere = await App.SignInNewUserAsync("phu-tho");
        var theirs = await TestData.CreateAgreementAsync(elsewhere, TestData.Agreement((await TestData.CreatePartnerAsync(elsewhere)).Id));
        var stealing = created.ToInput();
        stealing.AgreementId = theirs.Id;
        stealing.SinceDay = 31;
        stealing.SinceMonth = null;
        var errors = await ValidationErrorsAsync(await PutJsonAsync(officer, $"/api/border/villages/{created.Id}", stealing));
        Assert.Equal(["agreementId", "sinceYear"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/border/villages/{created.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Incidents_AreSeenAndKeptOnlyByThoseWhoHandleBorderMatters()
    {
        var border = await App.SignInNewBorderUserAsync("quang-tri");
        var officer = await App.SignInNewUserAsync("quang-tri");
        var leader = await App.SignInNewUserAsync("quang-tri", Roles.ProvincialLeader);
        var borderMinistry = await App.SignInNewBorderUserAsync("quang-tri", Roles.MinistryReader);
        var borderElsewhere = await App.SignInNewBorderUserAsync("phu-tho");
        var gate = await ReadAsync<BorderGateDetails>(await PostJsonAsync(border, "/api/border/gates", Gate(TestData.Unique("Lao Bao"), "Dansavanh", "LA")));
        var input = new BorderIncidentInput
        {
            OccurredOn = DateOnly.FromDateTime(DateTime.Today).AddDays(-2), Place = TestData.Unique("Tan Thanh commune"), BorderMarker = "Marker 604",
            BorderGateId = gate.Id, Kind = IncidentKind.IllegalCrossing, Description = "<b>Seven people</b> crossed at night", Status = IncidentStatus.BeingHandled,
            HandledBy = "Lao Bao border guard post",
        };

        var created = await ReadAsync<BorderIncidentDetails>(await PostJsonAsync(border, "/api/border/incidents", input));

        Assert.Equal(gate.Name + " – Dansavanh", created.BorderGateName);
        Assert.Single((await ReadAsync<Paged<BorderIncidentRow>>(await borderMinistry.GetAsync($"/api/border/incidents?q={Uri.EscapeDataString(input.Place)}", Ct))).Items);
        foreach (var (client, expected) in new[] { (officer, HttpStatusCode.Forbidden), (leader, HttpStatusCode.Forbidden), (borderElsewhere, HttpStatusCode.NotFound) })
        {
            Assert.Equal(expected, (await client.GetAsync($"/api/border/incidents/{created.Id}", Ct)).StatusCode);
            Assert.Equal(expected, (await client.GetAsync($"/api/border/incidents/{created.Id}/history", Ct)).StatusCode);
            Assert.Equal(expected, (await PutJsonAsync(client, $"/api/border/incidents/{created.Id}", created.ToInput())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/border/incidents", Ct)).StatusCode);
        Assert.Empty((await ReadAsync<Paged<BorderIncidentRow>>(await borderElsewhere.GetAsync($"/api/border/incidents?q={Uri.EscapeDataString(input.Place)}", Ct))).Items);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(borderMinistry, "/api/border/incidents", input)).StatusCode);

        // Handled needs a word on how; with it, the incident is closed.
        var handling = created.ToInput();
        handling.Status = IncidentStatus.Handled;
        Assert.Equal(["handling"], (await ValidationErrorsAsync(await PutJsonAsync(border, $"/api/border/incidents/{created.Id}", handling))).Keys);
        handling.Handling = "Returned to the Lao side at Dansavanh after verification";
        Assert.Equal(IncidentStatus.Handled, (await ReadAsync<BorderIncidentDetails>(await PutJsonAsync(border, $"/api/border/incidents/{created.Id}", handling))).Status);
    }

    [Fact]
    public async Task TheAuditTrail_TellsTheAdministratorAnIncidentChanged_ButNotWhatItSays()
    {
        var border = await App.SignInNewBorderUserAsync("quang-tri");
        var admin = await App.SignInNewUserAsync("quang-tri", Roles.Administrator);
        var created = await ReadAsync<BorderIncidentDetails>(await PostJsonAsync(border, "/api/border/incidents", new BorderIncidentInput
        {
            OccurredOn = new DateOnly(2025, 5, 4), Place = "La Lay", Kind = IncidentKind.Smuggling, Description = "Secret: cattle moved at marker 612", Status = IncidentStatus.Reported,
        }));

        var edit = created.ToInput();
        edit.Description = "Secret: cattle moved at marker 613";
        Assert.Equal(HttpStatusCode.OK, (await PutJsonAsync(border, $"/api/border/incidents/{created.Id}", edit)).StatusCode);

        var trail = await ReadAsync<Paged<AuditRow>>(await admin.GetAsync($"/api/audit?entityType=BorderIncident&entityId={created.Id}", Ct));

        Assert.Equal(2, trail.Items.Count);
        var changed = Assert.Single(trail.Items[0].Changes, c => c.Field == "Description");
        Assert.Equal((SearchAuditTrailHandler.Withheld, SearchAuditTrailHandler.Withheld), (changed.Before, changed.After));
        Assert.DoesNotContain(trail.Items.SelectMany(i => i.Changes), c => c.After?.Contains("cattle", StringComparison.Ordinal) == true || c.Before?.Contains("cattle", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task APatrol_IsLinkedToAGateOrAStretch_AndTheGateListsIt()
    {
        var officer = await App.SignInNewUserAsync("thanh-hoa");
        var gate = await ReadAsync<BorderGateDetails>(await PostJsonAsync(officer, "/api/border/gates", Gate(TestData.Unique("Huu Nghi"), "Youyiguan")));
        var patrol = TestData.Activity(title: TestData.Unique("Joint patrol"));
        patrol.Kind = ActivityKind.JointPatrol;
        patrol.BorderGateId = gate.Id;
        patrol.BorderStretch = "Markers 1116 to 1120";

        var created = await ReadAsync<ActivityDetails>(await PostJsonAsync(officer, "/api/activities", patrol));

        Assert.Equal((gate.Id, gate.Name + " – Youyiguan", "Markers 1116 to 1120"), (created.BorderGateId!.Value, created.BorderGateName, created.BorderStretch));
        var listed = Assert.Single((await ReadAsync<BorderGateDetails>(await officer.GetAsync($"/api/border/gates/{gate.Id}", Ct))).Activities);
        Assert.Equal(created.Id, listed.Id);

        // A festival is not held at a gate; another province's gate is not this one's.
        var festival = TestData.Activity(title: TestData.Unique("Festival"));
        festival.Kind = ActivityKind.Festival;
        festival.BorderGateId = gate.Id;
        Assert.Equal(["borderGateId"], (await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/activities", festival))).Keys);
        var elsewhere = await App.SignInNewUserAsync("phu-tho");
        patrol.BorderGateId = (await ReadAsync<BorderGateDetails>(await PostJsonAsync(elsewhere, "/api/border/gates", Gate(TestData.Unique("Tra Linh"), "Longbang")))).Id;
        Assert.Equal(["borderGateId"], (await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/activities", patrol))).Keys);
    }

    private static BorderGateInput Gate(string name, string counterpart, string country = "CN") => new()
    {
        Name = name, Type = GateType.International, CounterpartName = counterpart, CounterpartCountryCode = country, Location = "Border commune",
    };
}

public sealed class BorderApiTests_Sqlite(SqliteApp app) : BorderApiTests(app);

public sealed class BorderApiTests_Postgres(PostgresApp app) : BorderApiTests(app);

using Liaison.Web.Features.Apec;
using Liaison.Web.Features.Deadlines;
using Liaison.Web.Features.Ngos;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Ngos;

/// <summary>The demo's NGOs and APEC card applications in Tay Ninh: an expiring certificate and a late report on the due list, one card in force.</summary>
public abstract class DeskDemoTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TayNinhsNgos_RemindOfAnExpiringCertificate_AndOfALateReport()
    {
        var officer = await App.SignInDemoAsync("tay-ninh@liaison.demo");

        var ngos = await ReadAsync<Paged<ForeignNgoRow>>(await officer.GetAsync("/api/ngos", Ct));
        Assert.Equal(3, ngos.Total);
        Assert.All(ngos.Items, n => Assert.True(n.IsDemo));
        var school = ngos.Items.Single(n => n.PartnerName.StartsWith("Children of the Border Fund", StringComparison.Ordinal));
        var water = ngos.Items.Single(n => n.PartnerName.StartsWith("Mekong Clean Water", StringComparison.Ordinal));

        var due = (await ReadAsync<DueList>(await officer.GetAsync("/api/deadlines/due?pageSize=200&days=366", Ct))).Page.Items;
        Assert.Contains(due, i => i.Item.Link == $"/ngos/{school.Id}" && i.Item.AnchorDate == school.ValidTo && i.Item.What.StartsWith("Remind the foreign NGO", StringComparison.Ordinal));
        Assert.Contains(due, i => i.Item.Link == $"/ngos/{water.Id}" && i.Item.AnchorDate == new DateOnly(2025, 12, 31) && i.Section == DueWhen.Overdue);

        var detail = await ReadAsync<ForeignNgoDetails>(await officer.GetAsync($"/api/ngos/{school.Id}", Ct));
        Assert.True(detail.Reports.Single(r => r.Year == 2024).IsLate);
        Assert.Equal(new DateOnly(2024, 2, 20), detail.Reports.Single(r => r.Year == 2023).ReceivedOn);
    }

    [Fact]
    public async Task TayNinhsApecApplications_OneCardIssued_OneRefused_TwoUnderWay()
    {
        var officer = await App.SignInDemoAsync("tay-ninh@liaison.demo");

        var all = (await ReadAsync<Paged<ApecRow>>(await officer.GetAsync("/api/apec", Ct))).Items;

        Assert.Equal(
            [ApecStep.Received, ApecStep.SentForApproval, ApecStep.Refused, ApecStep.CardIssued],
            all.Select(a => a.Step).Order());
        var card = Assert.Single(all, a => a.Step == ApecStep.CardIssued);
        Assert.Equal("VNM0254321", card.CardNumber);
        Assert.Equal(4, all.Count(a => a.IsDemo));
    }

    [Fact]
    public async Task TayNinhsOverseasVietnamese_AreInCambodia_WithTheEventsTheyJoined()
    {
        var officer = await App.SignInDemoAsync("tay-ninh@liaison.demo");

        var contacts = await ReadAsync<Paged<Liaison.Web.Features.Overseas.OverseasRow>>(await officer.GetAsync("/api/overseas?country=KH", Ct));

        Assert.Equal(2, contacts.Total);
        Assert.Equal(3, contacts.Items.Sum(c => c.Involvements));
    }

    [Fact]
    public async Task TayNinhsExternalInformation_IsCountedByChannel_WithOneClaimStillToAnswer()
    {
        var officer = await App.SignInDemoAsync("tay-ninh@liaison.demo");

        var report = await ReadAsync<Liaison.Web.Features.Reports.Report>(await officer.GetAsync("/api/reports?from=2025-01-01&to=2025-12-31", Ct));

        Assert.Equal((4m, 176_500m, 2m, 1m), (report.Find("information-items").Value!.Value, report.Find("information-reach").Value!.Value,
            report.Find("claims-monitored").Value!.Value, report.Find("claims-answered").Value!.Value));
        var byChannel = report.Sections.Single(s => s.Key == "information").Breakdowns.Single().Lines;
        Assert.Equal(["Print", "SocialMedia", "Television", "Website"], byChannel.Select(l => l.Key).Order(StringComparer.Ordinal));
    }
}

public sealed class DeskDemoTests_Sqlite(SqliteDemoApp app) : DeskDemoTests(app);

public sealed class DeskDemoTests_Postgres(PostgresDemoApp app) : DeskDemoTests(app);

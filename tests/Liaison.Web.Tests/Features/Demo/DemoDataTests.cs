using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Demo;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Demo;

public abstract class DemoDataTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task LaiChau_Shows536InboundDelegationsWithAbout3700VisitorsFrom2020To2025()
    {
        var client = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var page = await ReadAsync<Paged<DelegationRow>>(await client.GetAsync("/api/delegations?direction=Inbound&from=2020-01-01&to=2025-12-31&pageSize=1", Ct));

        Assert.Equal(536, page.Total);
        Assert.InRange(page.Totals![ListDelegationsHandler.MembersTotal], 3_663, 3_737); // "about 3,700", within 1%
    }

    [Fact]
    public async Task LaiChau_Received226BillionDongOfAid_AndGiaLai10MillionDollarsFromNgos()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var giaLai = await App.SignInDemoAsync("gia-lai@liaison.demo");

        var laiChauAid = await ReadAsync<Liaison.Web.Features.Aid.AidList>(await laiChau.GetAsync("/api/aid?from=2020-01-01&to=2025-12-31&currency=VND", Ct));
        var giaLaiAid = await ReadAsync<Liaison.Web.Features.Aid.AidList>(await giaLai.GetAsync("/api/aid?from=2020-01-01&to=2025-12-31&currency=USD", Ct));

        Assert.InRange(laiChauAid.Disbursed.Amount!.Value, 226_000_000_000m, 230_000_000_000m); // "over 226 billion VND"
        Assert.InRange(giaLaiAid.Disbursed.Amount!.Value, 10_000_000m, 10_500_000m); // "more than 10 million USD"
        Assert.Equal("No conversion needed.", giaLaiAid.Disbursed.Explanation);
    }

    [Fact]
    public async Task GiaLai_Has102FdiProjects_WithAbout2Point3BillionDollarsRegistered()
    {
        var giaLai = await App.SignInDemoAsync("gia-lai@liaison.demo");

        var fdi = await ReadAsync<Liaison.Web.Features.Investment.InvestmentList>(await giaLai.GetAsync("/api/investments?currency=USD&pageSize=1", Ct));

        Assert.Equal(DemoInvestment.GiaLaiProjects, fdi.Page.Total);
        Assert.Equal(2_300_000_000m, fdi.Capital.Amount);
    }

    [Fact]
    public async Task GiaLaiExported8Point1BillionDollarsTo100Countries_AndTheBorderProvincesTraded7Point2BillionWithYunnan()
    {
        var giaLai = await App.SignInDemoAsync("gia-lai@liaison.demo");
        var ministry = await App.SignInDemoAsync("ministry@liaison.demo");

        var exports = await ReadAsync<Liaison.Web.Features.Trade.TradeList>(await giaLai.GetAsync("/api/trade?direction=Export&from=2021-01-01&to=2025-12-31&pageSize=200", Ct));
        var countries = await ReadAsync<Liaison.Web.Features.Trade.TradeList>(await giaLai.GetAsync("/api/trade?direction=Export&from=2025-01-01&to=2025-12-31&pageSize=200", Ct));
        var yunnan = await ReadAsync<Liaison.Web.Features.Trade.TradeList>(await ministry.GetAsync("/api/trade?country=CN&from=2024-06-01&to=2025-10-31", Ct));

        Assert.InRange(exports.Exports.Amount!.Value, 8_100_000_000m, 8_200_000_000m); // "over 8.1 billion USD"
        Assert.True(countries.Page.Items.Select(t => t.CountryCode).Distinct().Count() > 100); // "more than 100 countries and territories"
        Assert.Equal(7_200_000_000m, yunnan.Exports.Amount + yunnan.Imports.Amount);
        Assert.Equal(5, exports.ByYear.Count);
    }

    [Fact]
    public async Task TheMungyeongLabourProgramme_PaysWithinThePublished25To40MillionDongAMonth()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var list = await ReadAsync<Paged<Liaison.Web.Features.Labour.LabourRow>>(await laiChau.GetAsync("/api/labour?q=mungyeong", Ct));
        var programme = await ReadAsync<Liaison.Web.Features.Labour.LabourDetails>(await laiChau.GetAsync($"/api/labour/{Assert.Single(list.Items).Id}", Ct));

        Assert.Equal("Mungyeong City", programme.PartnerName);
        Assert.NotNull(programme.AgreementId);
        Assert.All(programme.Seasons, s => Assert.InRange(s.AverageMonthlyIncome!.Value, 25_000_000m, 40_000_000m));
    }

    [Fact]
    public async Task NamedRecords_FromTheArticles_AreThere()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var tayNinh = await App.SignInDemoAsync("tay-ninh@liaison.demo");

        var oudomxay = await ReadAsync<Paged<DelegationRow>>(await laiChau.GetAsync("/api/delegations?q=oudomxay&from=2025-10-01&to=2025-10-31", Ct));
        Assert.NotEmpty(oudomxay.Items);
        var press = await ReadAsync<Paged<Liaison.Web.Features.Activities.ActivityRow>>(await laiChau.GetAsync("/api/activities?kind=ForeignPressVisit", Ct));
        Assert.Equal(5, press.Total);
        var tea = await ReadAsync<Paged<Liaison.Web.Features.Activities.ActivityRow>>(await laiChau.GetAsync("/api/activities?q=tea", Ct));
        Assert.Contains(tea.Items, a => a.ParticipantCount >= 200);
        var cambodia = await ReadAsync<Paged<AgreementRow>>(await tayNinh.GetAsync("/api/agreements?country=KH&status=InForce", Ct));
        Assert.Contains(cambodia.Items, a => a.PartnerNames.Any(n => n.Contains("Svay Rieng", StringComparison.Ordinal)));
        Assert.Contains(cambodia.Items, a => a.PartnerNames.Any(n => n.Contains("Prey Veng", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ministry_ReadsEveryProvince_AndGeneratedRecordsAreMarkedDemo()
    {
        var ministry = await App.SignInDemoAsync("ministry@liaison.demo");

        var all = await ReadAsync<Paged<DelegationRow>>(await ministry.GetAsync("/api/delegations?direction=Inbound&from=2020-01-01&to=2025-12-31&pageSize=200", Ct));

        Assert.True(all.Total >= DemoDataLoader.LaiChauInboundDelegations + DemoDataLoader.GiaLaiInboundDelegations);
        Assert.All(all.Items, d => Assert.True(d.IsDemo));
    }
}

public sealed class DemoDataTests_Sqlite(SqliteDemoApp app) : DemoDataTests(app);

public sealed class DemoDataTests_Postgres(PostgresDemoApp app) : DemoDataTests(app);

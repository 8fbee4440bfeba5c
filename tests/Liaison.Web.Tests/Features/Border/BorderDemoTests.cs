using System.Net;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.Demo;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Border;

/// <summary>The demo's border affairs, as articles 000, 002 and 003 tell them.</summary>
public abstract class BorderDemoTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheSiChoangCrossing_ReopenedIn2025_AndMaLuThangFacesJinshuihe()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var gates = (await ReadAsync<Paged<BorderGateRow>>(await laiChau.GetAsync("/api/border/gates", Ct))).Items;

        var siChoang = await ReadAsync<BorderGateDetails>(await laiChau.GetAsync($"/api/border/gates/{gates.Single(g => g.Name == DemoBorder.SiChoang).Id}", Ct));
        Assert.Equal(("Dien Sui Thang", GateType.CrossingPoint, GateState.Open), (siChoang.CounterpartName, siChoang.Type, siChoang.State));
        var reopened = Assert.Single(siChoang.Events);
        Assert.Equal((GateEventKind.Reopened, "2025"), (reopened.Kind, reopened.When));
        Assert.StartsWith("Jinshuihe", gates.Single(g => g.Name == DemoBorder.MaLuThang).CounterpartName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaiChau_HasSixTwinnedVillagePairs_WithYunnan()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var pairs = await ReadAsync<Paged<VillagePairRow>>(await laiChau.GetAsync("/api/border/villages?country=CN", Ct));

        Assert.Equal(DemoBorder.LaiChauVillagePairs, pairs.Total);
    }

    [Fact]
    public async Task TayNinh_PatrolsWithSvayRieng_AndItsIncidentsAreForItsBorderOfficerOnly()
    {
        var officer = await App.SignInDemoAsync("tay-ninh@liaison.demo");
        var border = await App.SignInDemoAsync("tay-ninh-border@liaison.demo");

        var mocBai = Assert.Single((await ReadAsync<Paged<BorderGateRow>>(await officer.GetAsync("/api/border/gates?q=moc%20bai", Ct))).Items);
        var gate = await ReadAsync<BorderGateDetails>(await officer.GetAsync($"/api/border/gates/{mocBai.Id}", Ct));
        Assert.Equal(("Bavet", "KH"), (gate.CounterpartName, gate.CounterpartCountryCode));
        Assert.Contains(gate.Activities, a => a.Kind == ActivityKind.JointPatrol);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/border/incidents", Ct)).StatusCode);
        var incident = Assert.Single((await ReadAsync<Paged<BorderIncidentRow>>(await border.GetAsync("/api/border/incidents", Ct))).Items);
        Assert.Equal(IncidentStatus.Handled, incident.Status);
    }
}

public sealed class BorderDemoTests_Sqlite(SqliteDemoApp app) : BorderDemoTests(app);

public sealed class BorderDemoTests_Postgres(PostgresDemoApp app) : BorderDemoTests(app);

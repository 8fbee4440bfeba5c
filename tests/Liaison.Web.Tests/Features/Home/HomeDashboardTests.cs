using System.Net;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Home;

/// <summary>The home page as a dashboard: headline figures, the map of partners' countries, what changed lately.</summary>
public abstract partial class HomeDashboardTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheMap_LinksEachCountryToTheDelegationsItCounts()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var home = WebUtility.HtmlDecode(await laiChau.GetStringAsync("/", Ct));

        var china = MapLink().Matches(home).Select(m => m.Groups[1].Value).Single(l => l.EndsWith("country=CN", StringComparison.Ordinal));
        var counted = int.Parse(Regex.Match(home, "China: ([0-9,]+) delegations").Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var list = await ReadAsync<Paged<DelegationRow>>(await laiChau.GetAsync("/api" + china + "&pageSize=1", Ct));
        Assert.Equal(counted, list.Total);
        Assert.Equal(counted, await Reports.ReportApiTests.PageTotalAsync(laiChau, china));
        Assert.True(counted > 0);
    }

    [Fact]
    public async Task TheYearChart_LinksEachYearToTheDelegationsItCounts()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var home = WebUtility.HtmlDecode(await laiChau.GetStringAsync("/", Ct));

        var bars = YearBar().Matches(home);
        Assert.True(bars.Count >= 6, $"{bars.Count} year bars"); // 2020 to 2025, and this year once a test records a delegation in it
        foreach (Match bar in bars)
        {
            var shown = int.Parse(bar.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(shown, await Reports.ReportApiTests.PageTotalAsync(laiChau, bar.Groups[1].Value));
        }
    }

    [Fact]
    public async Task WhatChangedLately_ShowsTheProvincesRecords_AndNoOtherProvincesOrUnits()
    {
        var officer = await App.SignInNewUserAsync("quang-ngai");
        var elsewhere = await App.SignInNewUserAsync("phu-tho");
        var unit = await App.SignInNewUserAsync("quang-ngai", Roles.UnitContributor);
        var border = await App.SignInNewBorderUserAsync("quang-ngai");
        var incident = await ReadAsync<Liaison.Web.Features.Border.BorderIncidentDetails>(await PostJsonAsync(border, "/api/border/incidents", new Liaison.Web.Features.Border.BorderIncidentInput
        {
            OccurredOn = new DateOnly(2025, 4, 1), Place = "Marker 12", Kind = Liaison.Web.Features.Border.IncidentKind.Other, Description = "Seen", Status = Liaison.Web.Features.Border.IncidentStatus.Reported,
        }));
        var partner = await TestData.CreatePartnerAsync(officer);

        var own = WebUtility.HtmlDecode(await officer.GetStringAsync("/", Ct));
        var other = WebUtility.HtmlDecode(await elsewhere.GetStringAsync("/", Ct));
        var units = WebUtility.HtmlDecode(await unit.GetStringAsync("/", Ct));

        Assert.Contains($"href=\"/partners/{partner.Id}\">Partner #{partner.Id}</a>", own, StringComparison.Ordinal);
        Assert.DoesNotContain($"Partner #{partner.Id}<", other, StringComparison.Ordinal);
        Assert.DoesNotContain("What changed lately", units, StringComparison.Ordinal);
        Assert.DoesNotContain($"Border incident #{incident.Id}<", own, StringComparison.Ordinal); // the officer doesn't handle border matters
        Assert.Contains($"Border incident #{incident.Id}<", WebUtility.HtmlDecode(await border.GetStringAsync("/", Ct)), StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"(/delegations\\?direction=Inbound&counted=true&from=[0-9]{4}-01-01&to=[0-9]{4}-12-31)\" aria-label=\"[0-9]{4}: ([0-9,]+) delegations\">")]
    private static partial Regex YearBar();

    [GeneratedRegex("<a href=\"(/delegations\\?direction=Inbound&counted=true&from=2020-01-01&country=[A-Z]{2})\"><path")]
    private static partial Regex MapLink();
}

public sealed class HomeDashboardTests_Sqlite(SqliteDemoApp app) : HomeDashboardTests(app);

public sealed class HomeDashboardTests_Postgres(PostgresDemoApp app) : HomeDashboardTests(app);

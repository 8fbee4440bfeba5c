using System.Text.Json;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>
/// Every kind of page, full of the demo data, checked by axe-core (injected from the tests' copy, not served by
/// the application) against WCAG 2.1 A and AA: no serious or critical violation.
/// </summary>
public sealed class AccessibilityTests(BrowserDemoApp app) : BrowserTests<BrowserDemoApp>(app)
{
    private static readonly string Axe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "Axe", "axe.min.js"));

    private static readonly string[] Pages =
    [
        "/", "/search?q=lai chau", "/partners", "/partners/1", "/partners/1/edit", "/partners/new", "/delegations?direction=Inbound", "/delegations/1", "/delegations/new",
        "/agreements", "/agreements/1", "/agreements/new", "/activities", "/activities/1", "/activities/new", "/mechanisms", "/mechanisms/1", "/sessions/2", "/sessions/2/edit",
        "/commitments", "/gates", "/gates/2", "/gates/2/edit", "/villages", "/villages/1/edit", "/aid", "/aid/1", "/aid/1/edit", "/aid/import", "/investments", "/investments/new",
        "/trade", "/trade/new", "/labour", "/labour/1", "/labour/1/edit", "/due", "/reports?from=2020-01-01&to=2025-12-31", "/exchange-rates", "/account/calendar", "/account/tokens",
        "/import",
        "/records/partners/1/history",
    ];

    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAccessibilityViolation()
    {
        var context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "lai-chau@liaison.demo", "Liaison-demo-2025");
        var found = new List<string>();

        foreach (var url in Pages)
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            found.AddRange(await ViolationsAsync(page, url));
        }

        await context.DisposeAsync();
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Theory]
    [InlineData("tay-ninh-cases@liaison.demo", new[] { "/cases", "/cases/1", "/cases/1/edit", "/cases/new" })]
    [InlineData("tay-ninh@liaison.demo", new[] { "/cases", "/apec", "/apec/1", "/apec/2", "/apec/1/edit", "/ngos", "/ngos/2", "/ngos/2/edit", "/information", "/information/5", "/information/5/edit", "/information/new", "/overseas", "/overseas/1", "/overseas/1/edit" })]
    [InlineData("tay-ninh-border@liaison.demo", new[] { "/incidents", "/incidents/1", "/incidents/1/edit" })]
    public async Task ThePagesBehindAPermission_HaveNoSeriousOrCriticalViolation(string user, string[] urls)
    {
        var context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, user, "Liaison-demo-2025");
        var found = new List<string>();

        foreach (var url in urls)
        {
            Assert.Equal(200, (await page.GotoAsync(url))!.Status);
            found.AddRange(await ViolationsAsync(page, url));
        }

        await context.DisposeAsync();
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public async Task TheSignInPage_AndTheAdministratorsPages_HaveNoSeriousOrCriticalViolation()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Liaison.Web.Features.Accounts.Roles.Administrator);
        var me = JsonDocument.Parse(await admin.GetStringAsync("/api/account/me", TestContext.Current.CancellationToken)).RootElement.GetProperty("userName").GetString()!;
        var context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var found = new List<string>();
        await page.GotoAsync("/account/login");
        found.AddRange(await ViolationsAsync(page, "/account/login"));
        await BrowserSession.SignInAsync(page, me, LiaisonApp.Password);

        foreach (var url in new[] { "/admin/users", "/admin/users/new", "/admin/audit", "/admin/archived", "/admin/deadline-rules", "/admin/deadline-rules/1/edit", "/admin/holidays" })
        {
            Assert.Equal(200, (await page.GotoAsync(url))!.Status);
            found.AddRange(await ViolationsAsync(page, url));
        }

        await context.DisposeAsync();
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    /// <summary>axe's serious and critical findings on the page, one line each: the rule, what it says, and the first few elements.</summary>
    internal static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string url)
    {
        // Evaluated by the browser's debugging channel, which the page's content-security policy does not govern.
        await page.EvaluateAsync(Axe);
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations"
            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))");
        using var violations = JsonDocument.Parse(json);
        return violations.RootElement.EnumerateArray()
            .Select(v => $"{url}: {v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()}) at {string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
    }
}

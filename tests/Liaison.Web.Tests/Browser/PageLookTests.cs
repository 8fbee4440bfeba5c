using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>
/// Every page, full of the demo data, at a desk's width and a phone's: it renders with a title and a
/// heading, has no horizontal scroll on the phone, and leaves a screenshot for a person to look at.
/// </summary>
public sealed class PageLookTests(BrowserDemoApp app) : BrowserTests<BrowserDemoApp>(app)
{
    [Theory]
    [InlineData("home", "/")]
    [InlineData("search", "/search?q=lai chau")]
    [InlineData("partners", "/partners")]
    [InlineData("delegations", "/delegations?direction=Inbound")]
    [InlineData("agreements", "/agreements")]
    [InlineData("activities", "/activities")]
    [InlineData("delegation-form", "/delegations/new")]
    [InlineData("agreement-form", "/agreements/new")]
    [InlineData("partner-history", "/records/partners/1/history")]
    [InlineData("partner", "/partners/1")]
    [InlineData("partner-form", "/partners/7/edit")]
    [InlineData("agreement", "/agreements/1")]
    [InlineData("aid", "/aid")]
    [InlineData("aid-project", "/aid/1?currency=USD")]
    [InlineData("aid-form", "/aid/1/edit")]
    [InlineData("exchange-rates", "/exchange-rates?currency=USD")]
    [InlineData("investments", "/investments?sort=date")]
    [InlineData("investment-form", "/investments/new")]
    [InlineData("trade", "/trade?country=CN")]
    [InlineData("trade-form", "/trade/new")]
    [InlineData("labour", "/labour/1")]
    [InlineData("aid-import", "/aid/import")]
    [InlineData("import", "/import")]
    [InlineData("due", "/due")]
    [InlineData("mechanisms", "/mechanisms")]
    [InlineData("commitments", "/commitments")]
    [InlineData("labour-list", "/labour?from=2023-01-01&to=2025-12-31")]
    [InlineData("session", "/sessions/2")]
    [InlineData("session-form", "/sessions/2/edit")]
    [InlineData("mechanism-form", "/mechanisms/1/edit")]
    [InlineData("calendar-feed", "/account/calendar")]
    [InlineData("holidays", "/admin/holidays?year=2026")]
    [InlineData("report", "/reports?from=2020-01-01&to=2025-12-31")]
    [InlineData("gates", "/gates")]
    [InlineData("gate", "/gates/2")]
    [InlineData("gate-form", "/gates/2/edit")]
    [InlineData("villages", "/villages")]
    [InlineData("village-form", "/villages/1/edit")]
    [InlineData("activity-at-the-border", "/activities?kind=BorderInspection")]
    [InlineData("incidents", "/incidents", "tay-ninh-border@liaison.demo")]
    [InlineData("incident", "/incidents/1", "tay-ninh-border@liaison.demo")]
    [InlineData("incident-form", "/incidents/1/edit", "tay-ninh-border@liaison.demo")]
    [InlineData("cases", "/cases", "tay-ninh-cases@liaison.demo")]
    [InlineData("cases-counted", "/cases", "tay-ninh@liaison.demo")]
    [InlineData("case", "/cases/1", "tay-ninh-cases@liaison.demo")]
    [InlineData("case-form", "/cases/1/edit", "tay-ninh-cases@liaison.demo")]
    [InlineData("apec", "/apec", "tay-ninh@liaison.demo")]
    [InlineData("apec-application", "/apec/2", "tay-ninh@liaison.demo")]
    [InlineData("apec-form", "/apec/1/edit", "tay-ninh@liaison.demo")]
    [InlineData("ngos", "/ngos", "tay-ninh@liaison.demo")]
    [InlineData("ngo", "/ngos/2", "tay-ninh@liaison.demo")]
    [InlineData("ngo-form", "/ngos/2/edit", "tay-ninh@liaison.demo")]
    [InlineData("information", "/information", "tay-ninh@liaison.demo")]
    [InlineData("information-claim", "/information/5", "tay-ninh@liaison.demo")]
    [InlineData("information-form", "/information/5/edit", "tay-ninh@liaison.demo")]
    [InlineData("overseas", "/overseas", "tay-ninh@liaison.demo")]
    [InlineData("overseas-contact", "/overseas/1", "tay-ninh@liaison.demo")]
    public async Task Page_LooksRight_OnADeskAndOnAPhone(string name, string url, string user = "lai-chau@liaison.demo")
    {
        foreach (var (device, width, height) in new[] { ("desk", 1280, 900), ("phone", 390, 844) })
        {
            await using var context = await Session.SignedInContextAsync(App.BaseUrl, user, "Liaison-demo-2025", new ViewportSize { Width = width, Height = height });
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add(message.Text); // includes content-security-policy violations
                }
            };
            var response = await page.GotoAsync(url);

            Assert.Equal(200, response!.Status);
            // A refused cookie would land on the sign-in page, which also answers 200 with a title and a heading.
            Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
            Assert.EndsWith("Liaison", await page.TitleAsync(), StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, $"{name}-{device}.png"), FullPage = device == "desk" });
            if (device == "phone")
            {
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                // On failure, name the innermost elements whose removal ends the sideways scroll.
                var culprits = overflow <= 1 ? string.Empty : await page.EvaluateAsync<string>(
                    "(() => { const wide = () => document.documentElement.scrollWidth - window.innerWidth > 1; const found = [];"
                    + " for (const e of document.querySelectorAll('body *')) { const d = e.style.display; e.style.display = 'none'; const fixes = !wide(); e.style.display = d;"
                    + " if (fixes) found.push(e.tagName + '.' + e.className); } return found.slice(-3).join(', '); })()");
                Assert.True(overflow <= 1, $"{url} scrolls sideways by {overflow}px on a phone: {culprits}");
            }

            Assert.Empty(problems);
        }
    }

    [Fact]
    public async Task AdministratorPages_LookRight()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Liaison.Web.Features.Accounts.Roles.Administrator);
        var me = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync("/api/account/me", TestContext.Current.CancellationToken)).RootElement.GetProperty("userName").GetString()!;
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await BrowserSession.SignInAsync(page, me, LiaisonApp.Password);

        var officer = await App.SignInDemoAsync("lai-chau@liaison.demo");
        Assert.True((await officer.PostAsync(new Uri("/api/activities/2/archive", UriKind.Relative), null, TestContext.Current.CancellationToken)).IsSuccessStatusCode);

        foreach (var (name, url) in new[]
        {
            ("admin-users", "/admin/users"), ("admin-invite", "/admin/users/new"), ("admin-audit", "/admin/audit?verify=true"),
            ("admin-archived", "/admin/archived"), ("admin-deadline-rules", "/admin/deadline-rules"), ("admin-deadline-rule", "/admin/deadline-rules/1/edit"), ("admin-purge", "/admin/archived/activities/2/purge"),
        })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, $"{name}.png"), FullPage = true });
            if (name == "admin-audit")
            {
                await Assertions.Expect(page.GetByText("Audit trail intact")).ToBeVisibleAsync();
            }
        }
    }

    [Fact]
    public async Task ApiReferencePage_RendersFromFilesTheAppServes()
    {
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(App.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };
        await BrowserSession.SignInAsync(page, "lai-chau@liaison.demo", "Liaison-demo-2025");

        await page.GotoAsync("/api/reference");

        await Assertions.Expect(page.GetByText("/api/account/me").First).ToBeAttachedAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByText("Delegations").First).ToBeAttachedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "api-reference.png") });
        Assert.Empty(outside); // works on a closed network: nothing is fetched from elsewhere
    }

    [Fact]
    public async Task AgreementPage_OfTheArticles_ShowsItsCommitmentsAndLife()
    {
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await BrowserSession.SignInAsync(page, "lai-chau@liaison.demo", "Liaison-demo-2025");
        await page.GotoAsync("/agreements?kind=Minutes");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("11th", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Commitments" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("table tbody tr").CountAsync() >= 5);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "agreement-detail.png"), FullPage = true });
    }
}

using System.Globalization;
using System.Resources;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>The language menu in a real browser: Arabic turns the whole page right to left, and the choice stays.</summary>
public sealed class LanguageBrowserTests(BrowserDemoApp app) : BrowserTests<BrowserDemoApp>(app)
{
    [Fact]
    public async Task ChoosingArabic_LaysTheWholePageOutRightToLeft_AndVietnameseBackLeftToRight()
    {
        var email = await App.CreateUserAsync("lai-chau");
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await BrowserSession.SignInAsync(page, email, LiaisonApp.Password);

        await page.GotoAsync("/partners");
        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
        await page.WaitForURLAsync("**/partners");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "الشركاء" }).First).ToBeVisibleAsync();
        // Right to left: the brand sits at the right edge, the menu runs leftwards from it.
        var brand = await page.Locator(".navbar-brand").BoundingBoxAsync();
        Assert.True(brand!.X > 640, $"the brand is at x = {brand.X}, not on the right");
        await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "home-arabic.png"), FullPage = true });
        // A list in Arabic: its words, its reference lists (directions, countries) and its table run right to left.
        await page.GotoAsync("/delegations?direction=Inbound");
        await Assertions.Expect(page.Locator("#direction option:checked")).ToHaveTextAsync("وفد وارد");
        await Assertions.Expect(page.Locator("#country option[value=KR]")).ToHaveTextAsync("كوريا الجنوبية");
        var firstHeader = await page.Locator("main table th").First.BoundingBoxAsync();
        Assert.True(firstHeader!.X > 640, $"the first column is at x = {firstHeader.X}, not on the right");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "delegations-arabic.png") });
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan công tác đối ngoại");
        Assert.Equal("ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "home-vietnamese.png"), FullPage = true });
        Assert.True((await page.Locator(".navbar-brand").BoundingBoxAsync())!.X < 640);
        await page.GotoAsync("/delegations?direction=Inbound");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đoàn ra, đoàn vào");
        await Assertions.Expect(page.Locator("#direction option:checked")).ToHaveTextAsync("Đoàn vào");
        await Assertions.Expect(page.Locator("#country option[value=KR]")).ToHaveTextAsync("Hàn Quốc");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "delegations-vietnamese.png") });
    }

    /// <summary>
    /// Every area's pages speak the chosen language, not only the first ones translated: each list's heading
    /// is its Vietnamese or Arabic title, the page is laid out in that direction, and a screenshot of each is
    /// kept to look at.
    /// </summary>
    [Theory]
    [InlineData("vi", "Tiếng Việt", "ltr")]
    [InlineData("ar", "العربية", "rtl")]
    public async Task EachAreasPages_SpeakTheChosenLanguage(string language, string menuName, string direction)
    {
        var email = await App.CreateUserAsync("lai-chau");
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await BrowserSession.SignInAsync(page, email, LiaisonApp.Password);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = menuName }).ClickAsync();
        await page.WaitForFunctionAsync($"document.documentElement.lang.startsWith('{language}')");
        var words = new ResourceManager("Liaison.Web.Resources.Ui", typeof(Liaison.Web.Ui).Assembly);
        var culture = CultureInfo.GetCultureInfo(language);

        foreach (var (path, titleKey) in AreaPages)
        {
            await page.GotoAsync(path);
            var title = words.GetString(titleKey, culture)!;
            Assert.NotEqual(words.GetString(titleKey, CultureInfo.InvariantCulture), title);
            await Assertions.Expect(page.Locator("main h1").First).ToHaveTextAsync(title);
            Assert.Equal(direction, await page.EvaluateAsync<string>("document.documentElement.dir"));
            // The report is looked at further down too: its sections, figures and breakdowns speak the language.
            var report = path.StartsWith("/reports", StringComparison.Ordinal);
            await page.ScreenshotAsync(new()
            {
                Path = Path.Combine(BrowserSession.Screenshots, $"{language}-{path.Trim('/').Split('?')[0].Replace('/', '-')}.png"),
                FullPage = report,
                Clip = report ? new Clip { X = 0, Y = 0, Width = 1280, Height = 3200 } : null,
            });
        }
    }

    private static readonly (string Path, string TitleKey)[] AreaPages =
    [
        ("/agreements", "Agreements.List.Title"),
        ("/activities", "Activities.List.Title"),
        ("/mechanisms", "Mechanisms.List.Title"),
        ("/aid", "Aid.List.Title"),
        ("/investments", "Investment.List.Title"),
        ("/trade", "Trade.List.Title"),
        ("/labour", "Labour.List.Title"),
        ("/gates", "Border.Common.Title"),
        ("/due", "Deadlines.Due.Title"),
        ("/reports", "Reports.Period.Title"),
        ("/search?q=lai+chau", "Search.Title"),
        ("/account/tokens", "Account.Tokens.Heading"),
    ];
}

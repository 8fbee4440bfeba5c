using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), and where screenshots go.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public static string Artifacts { get; } = Path.Combine(RepositoryFolder.Root, "artifacts");

    public static string Screenshots { get; } = Path.Combine(Artifacts, "screenshots");

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    /// <summary>Null when Chromium is not configured here (and not required, outside CI).</summary>
    public static string? Unavailable => TestEnvironment.Chromium is null
        ? "Browser tests skipped: set LIAISON_TEST_CHROMIUM to Chromium's path, e.g. /usr/bin/chromium (.ci/run does)."
        : null;

    public static async Task<BrowserSession> StartAsync()
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);

        // The browser tests share two cores with thousands of HTTP tests on both engines: a page can wait its
        // turn for a while without anything being wrong, so the waits are generous (speed is measured elsewhere).
        Assertions.SetDefaultExpectTimeout(30_000);
        return new BrowserSession(playwright, browser);
    }

    private readonly Dictionary<string, string> _signedIn = [];

    /// <summary>
    /// A new browser context (a fresh tab set with its own storage) already signed in as the person: the sign-in form is
    /// filled once per person and browser, and later contexts start from its cookies. Signing in took two of the three
    /// seconds of each page look.
    /// </summary>
    public async Task<IBrowserContext> SignedInContextAsync(string baseUrl, string email, string password, ViewportSize viewport)
    {
        if (!_signedIn.TryGetValue(email, out var state))
        {
            await using var signingIn = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
            await SignInAsync(await signingIn.NewPageAsync(), email, password);
            state = await signingIn.StorageStateAsync();
            _signedIn[email] = state;
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = viewport, StorageState = state });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        // Once in several thousand runs on a loaded machine the click is lost while the page's script starts
        // (the page sits idle on the sign-in form): sign in again rather than wait out the whole timeout.
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = attempt < 3 ? 30_000 : 90_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}

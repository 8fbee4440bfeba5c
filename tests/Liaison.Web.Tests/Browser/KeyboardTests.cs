using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>The application with the keyboard alone: fill a form, send it, search, without a pointer.</summary>
public sealed class KeyboardTests(BrowserDemoApp app) : BrowserTests<BrowserDemoApp>(app)
{
    [Fact]
    public async Task APartner_IsRecordedAndFound_WithTheKeyboardAlone()
    {
        var email = await App.CreateUserAsync("lai-chau");
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await BrowserSession.SignInAsync(page, email, LiaisonApp.Password);
        var name = $"Luang Namtha {Guid.NewGuid():N}"[..24];

        await page.GotoAsync("/partners/new");
        // The page puts the focus on its heading, so the next Tab enters the form rather than the menu.
        Assert.Equal("H1", await page.EvaluateAsync<string>("document.activeElement.tagName"));
        await TabToAsync(page, "f-NameEn");
        await page.Keyboard.TypeAsync(name);
        await TabToAsync(page, "f-Kind");
        await page.Keyboard.TypeAsync("Foreign province"); // a select chooses by what is typed
        await TabToAsync(page, "f-CountryCode");
        await page.Keyboard.TypeAsync("Laos");
        await TabToAsync(page, "submit");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/partners/[0-9]+(\\?saved=1)?$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("dl.record")).ToContainTextAsync("Laos");

        // The search box is in the menu, reached by Tab from the top of any page.
        await page.GotoAsync("/");
        await TabToAsync(page, "site-search");
        await page.Keyboard.TypeAsync(name.ToUpperInvariant());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");
        await Assertions.Expect(page.Locator(".search-results a").First).ToContainTextAsync(name);
    }

    /// <summary>Presses Tab until the element with this id (or the form's submit button, for "submit") has the focus.</summary>
    private static async Task TabToAsync(IPage page, string target)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            var focused = await page.EvaluateAsync<string>("(() => { const e = document.activeElement; return e.type === 'submit' && e.closest('main') ? 'submit' : e.id; })()");
            if (focused == target)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}");
    }
}

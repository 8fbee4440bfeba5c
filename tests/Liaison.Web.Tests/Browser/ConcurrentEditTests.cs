using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>Two people edit the same partner in two browsers: the second save is refused, shows both versions, and keeps the input.</summary>
public sealed class ConcurrentEditTests(BrowserApp app) : BrowserTests<BrowserApp>(app)
{
    [Fact]
    public async Task SecondSave_IsRefusedWithBothVersionsShown_AndTheInputKept()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var partner = await TestData.CreatePartnerAsync(officer, TestData.Partner("Honghe Prefecture " + Guid.NewGuid().ToString("N")[..6]));
        var me = await officer.GetStringAsync("/api/account/me", TestContext.Current.CancellationToken);
        var email = System.Text.Json.JsonDocument.Parse(me).RootElement.GetProperty("userName").GetString()!;

        var first = await OpenEditAsync(email, partner.Id);
        var second = await OpenEditAsync(email, partner.Id);

        await first.GetByLabel("Name in English").FillAsync(partner.NameEn + " (edited first)");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(first.GetByText("Saved.")).ToBeVisibleAsync();

        await second.GetByLabel("Notes").FillAsync("Đã trao đổi với Phó Chủ tịch Lưu Dũng");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Assertions.Expect(second.GetByText("Someone else saved this record after you opened it")).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Cell, new() { Name = partner.NameEn + " (edited first)" })).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByLabel("Notes")).ToHaveValueAsync("Đã trao đổi với Phó Chủ tịch Lưu Dũng");
        await second.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "partner-edit-conflict.png"), FullPage = true });

        // Saving again applies the second person's input over the current version.
        await second.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(second.GetByText("Saved.")).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByText("Đã trao đổi với Phó Chủ tịch Lưu Dũng")).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenEditAsync(string email, int partnerId)
    {
        var context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, email, LiaisonApp.Password);
        await page.GotoAsync($"/partners/{partnerId}/edit");
        return page;
    }
}

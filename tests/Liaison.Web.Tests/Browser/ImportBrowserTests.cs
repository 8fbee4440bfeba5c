using System.Globalization;
using Liaison.Web.Tests.Features.Import;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>An old register brought in through the pages: upload, one column mapped by hand, a dry run with its progress bar, the import.</summary>
public sealed class ImportBrowserTests(BrowserDemoApp app) : BrowserTests<BrowserDemoApp>(app)
{
    private static readonly string[] Headers = ["Chiều", "Tên đoàn", "Mục đích", "Từ ngày", "Đến ngày", "Cấp đoàn", "Số người", "Quốc gia", "Ai chi trả", "Trạng thái"];

    [Fact]
    public async Task ARegister_IsUploadedMappedCheckedAndImported_WithTheProgressShown()
    {
        var email = await App.CreateUserAsync("lai-chau");
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await BrowserSession.SignInAsync(page, email, LiaisonApp.Password);
        var marker = $"Sổ đoàn {Guid.NewGuid():N}"[..16];
        // Vietnamese headers as an office writes them; "Ai chi trả" is no header the import knows, so it is mapped by hand.
        var rows = new List<string[]> { Headers };
        rows.AddRange(Enumerable.Range(0, 1_500).Select(i =>
        {
            var day = new DateOnly(2019, 1, 1).AddDays(i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            return new[] { "Inbound", $"{marker} {i}", "Work", day, day, "Local", "4", "Lào", "Inviting side", "Completed" };
        }));
        var file = Path.Combine(Path.GetTempPath(), $"so-doan-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(file, ImportFiles.Csv(rows), TestContext.Current.CancellationToken);

        await page.GotoAsync("/import");
        await page.SelectOptionAsync("#f-recordType", "delegations");
        await page.SetInputFilesAsync("#f-file", file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/import/[0-9]+$"));
        await Assertions.Expect(page.Locator("#f-title")).ToHaveValueAsync("1"); // guessed from "Tên đoàn"
        await page.SelectOptionAsync("#f-fundingSource", "8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save mapping" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("Mapping saved");
        await Assertions.Expect(page.Locator("#f-fundingSource")).ToHaveValueAsync("8");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "import-mapping.png"), FullPage = true });
        Assert.Empty(await AccessibilityTests.ViolationsAsync(page, "import mapping"));

        // Every text the progress line is given, kept across the reload that shows the outcome. (An observer of
        // the page would see only the last of several lines that arrive together.)
        await page.EvaluateAsync("""
            (() => {
                const status = document.querySelector('.import-progress [role=status]');
                const own = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
                Object.defineProperty(status, 'textContent', {
                    get() { return own.get.call(this); },
                    set(value) {
                        const seen = JSON.parse(sessionStorage.getItem('progress') || '[]');
                        seen.push(value);
                        sessionStorage.setItem('progress', JSON.stringify(seen));
                        own.set.call(this, value);
                    },
                });
            })()
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file (dry run)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#outcome")).ToContainTextAsync("Every row can be taken", new() { Timeout = 60_000 });
        var progress = await page.EvaluateAsync<string[]>("JSON.parse(sessionStorage.getItem('progress') || '[]')");
        Assert.True(progress.Contains("500 of 1,500 rows"), string.Join(" | ", progress));
        Assert.Equal("Checking…", progress[0]);
        Assert.Contains("1,500 of 1,500 rows", progress);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, "import-dry-run.png"), FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = 1280, Height = 2200 } });
        Assert.Empty(await AccessibilityTests.ViolationsAsync(page, "import dry run"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 1,500 records" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status].alert-success")).ToContainTextAsync("1,500 created", new() { Timeout = 60_000 });
        await page.GotoAsync($"/delegations?q={Uri.EscapeDataString(marker)}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1,500 records");
        File.Delete(file);
    }
}

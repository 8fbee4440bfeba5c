using Liaison.Web.Features.Accounts;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.Web.Tests.Browser;

/// <summary>
/// A person at a browser: signs in, records a partner, an agreement with a commitment, an inbound
/// delegation and an activity, finds each through the list filters and sees them on the partner's timeline.
/// Screenshots go to artifacts/screenshots for people to look at.
/// </summary>
public sealed class RecordAndFindTests(BrowserApp app) : BrowserTests<BrowserApp>(app)
{
    private static readonly string Shots = BrowserSession.Screenshots;

    [Fact]
    public async Task Officer_RecordsAndFindsAPartnersWork_AndFormErrorsKeepTheInput()
    {
        var email = await CreateOfficerAsync();
        var page = await Session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var marker = Guid.NewGuid().ToString("N")[..6];
        try
        {
            await RunScenarioAsync(page, email, marker);
        }
        catch
        {
            // What the page showed when it went wrong, for the person reading the failure.
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "failure.png"), FullPage = true });
            throw;
        }
    }

    private static async Task RunScenarioAsync(IPage page, string email, string marker)
    {

        // Sign in: asking for a page first leads to the sign-in page and back
        await page.GotoAsync("/partners");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(LiaisonApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partners" })).ToBeVisibleAsync();

        // A form with an error shows it and keeps what was typed
        await page.GotoAsync("/partners/new");
        await page.GetByLabel("Name in Vietnamese").FillAsync($"tỉnh Ô-đôm-xay {marker}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create partner" }).ClickAsync();
        await Assertions.Expect(page.GetByText("There is a problem")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enter the partner's name in English." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Name in Vietnamese")).ToHaveValueAsync($"tỉnh Ô-đôm-xay {marker}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "partner-form-errors.png"), FullPage = true });

        // Partner
        var partnerName = $"Oudomxay Province {marker}";
        await page.GetByLabel("Name in English").FillAsync(partnerName);
        await page.GetByLabel("Name in its own language").FillAsync("ແຂວງອຸດົມໄຊ");
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("ForeignProvince");
        await page.GetByLabel("Country").SelectOptionAsync("LA");
        await page.GetByLabel("Contact 1 name").FillAsync("Phongsavanh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create partner" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = partnerName })).ToBeVisibleAsync();
        var partnerId = page.Url.Split('/')[^1].Split('?')[0];

        // Agreement with a commitment
        await page.GotoAsync("/agreements/new");
        var agreementTitle = $"Memorandum on tea and tourism {marker}";
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("MemorandumOfUnderstanding");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(agreementTitle);
        await page.GetByLabel("Foreign partners").SelectOptionAsync(partnerId);
        await page.GetByLabel("Fields of cooperation").SelectOptionAsync(["tourism", "agriculture"]);
        await page.GetByLabel("Party 1 name").FillAsync("Lai Chau Provincial People's Committee");
        await page.GetByLabel("Commitment 1", new() { Exact = true }).FillAsync("Organise a tea festival");
        await page.GetByLabel("Commitment 1 owner unit").FillAsync("Department of Culture");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create agreement" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = agreementTitle })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Organise a tea festival")).ToBeVisibleAsync();

        // Attach the signed copy
        await page.GetByLabel("Attach a file").SetInputFilesAsync(new FilePayload
        {
            Name = "signed-memorandum.pdf",
            MimeType = "application/pdf",
            Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"),
        });
        await page.GetByLabel("Description").FillAsync("Signed copy, Vietnamese and Lao");
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("File attached.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "signed-memorandum.pdf" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "agreement-with-file.png"), FullPage = true });

        // Inbound delegation
        await page.GotoAsync("/delegations/new");
        var delegationTitle = $"Oudomxay provincial delegation {marker}";
        await page.GetByLabel("Direction").SelectOptionAsync("Inbound");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(delegationTitle);
        await page.GetByLabel("Purpose", new() { Exact = true }).SelectOptionAsync("Work");
        await page.GetByLabel("Start date").FillAsync("2025-10-11");
        await page.GetByLabel("End date").FillAsync("2025-10-13");
        await page.GetByLabel("Level").SelectOptionAsync("ProvincialLeadership");
        await page.GetByLabel("Number of members").FillAsync("12");
        await page.GetByLabel("Funding source").SelectOptionAsync("InvitingSide");
        await page.GetByLabel("Countries").SelectOptionAsync("LA");
        await page.GetByLabel("Partners").SelectOptionAsync(partnerId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create delegation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = delegationTitle })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "delegation-detail.png"), FullPage = true });

        // Activity for the partner
        await page.GotoAsync("/activities/new");
        var activityTitle = $"Tea promotion seminar {marker}";
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("ConferenceOrSeminar");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(activityTitle);
        await page.GetByLabel("Start date").FillAsync("2025-10-12");
        await page.GetByLabel("End date").FillAsync("2025-10-12");
        await page.GetByLabel("Participants").FillAsync("200");
        await page.GetByLabel("Partners").SelectOptionAsync(partnerId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create activity" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = activityTitle })).ToBeVisibleAsync();

        // Find each through the list filters
        await page.GotoAsync("/delegations");
        await page.GetByLabel("Title, person or unit").FillAsync(marker);
        await page.Locator("#direction").SelectOptionAsync("Inbound");
        await page.Locator("#country").SelectOptionAsync("LA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = delegationTitle })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "delegation-list.png"), FullPage = true });

        await page.GotoAsync("/agreements");
        await page.Locator("#partnerId").SelectOptionAsync(partnerId);
        await page.Locator("#field").SelectOptionAsync("tourism");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = agreementTitle })).ToBeVisibleAsync();

        await page.GotoAsync("/activities");
        await page.Locator("#kind").SelectOptionAsync("ConferenceOrSeminar");
        await page.GetByLabel("Title, place or organiser").FillAsync("TEA PROMOTION SEMINAR " + marker);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = activityTitle })).ToBeVisibleAsync();

        await page.GotoAsync("/partners");
        await page.Locator("#country").SelectOptionAsync("LA");
        await page.GetByLabel("Name, contact or note").FillAsync("oudomxay province " + marker);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = partnerName }).ClickAsync();

        // All three on the partner's timeline, newest first
        var timeline = page.GetByRole(AriaRole.List, new() { Name = "Timeline, newest first" }).GetByRole(AriaRole.Link);
        await Assertions.Expect(timeline).ToHaveTextAsync([activityTitle, delegationTitle, agreementTitle]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "partner-timeline.png"), FullPage = true });
    }

    private async Task<string> CreateOfficerAsync()
    {
        var client = await App.SignInNewUserAsync("lai-chau", Roles.Officer);
        var me = await client.GetStringAsync("/api/account/me", TestContext.Current.CancellationToken);
        return System.Text.Json.JsonDocument.Parse(me).RootElement.GetProperty("userName").GetString()!;
    }
}

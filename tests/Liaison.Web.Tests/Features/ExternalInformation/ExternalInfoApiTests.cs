using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.ExternalInformation;
using Liaison.Web.Features.Reports;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.ExternalInformation;

/// <summary>The external-information programme: items by channel with their reach, and claims followed up until answered; counted in the report by channel.</summary>
public abstract class ExternalInfoApiTests(LiaisonApp app) : AppTests(app)
{
    private const string Province = "quang-ngai";

    [Fact]
    public async Task ItemsAndClaims_AreCountedInTheReport_ByChannel()
    {
        var officer = await App.SignInNewUserAsync("lam-dong");
        var before = await ReadAsync<Report>(await officer.GetAsync("/api/reports?from=2024-01-01&to=2024-12-31", Ct));
        var word = TestData.Unique("Investment promotion");
        await ReadAsync<ExternalInfoDetails>(await PostJsonAsync(officer, "/api/information", Item(word, InfoChannel.Television, new DateOnly(2024, 4, 2), 120_000)));
        await ReadAsync<ExternalInfoDetails>(await PostJsonAsync(officer, "/api/information", Item(word, InfoChannel.SocialMedia, new DateOnly(2024, 5, 2), 30_000)));
        await ReadAsync<ExternalInfoDetails>(await PostJsonAsync(officer, "/api/information", Item(word, InfoChannel.SocialMedia, new DateOnly(2024, 6, 2), null)));
        var claim = Claim(word, new DateOnly(2024, 7, 1));
        var seen = await ReadAsync<ExternalInfoDetails>(await PostJsonAsync(officer, "/api/information", claim));
        await ReadAsync<ExternalInfoDetails>(await PostJsonAsync(officer, "/api/information", Claim(word, new DateOnly(2024, 8, 1))));

        // Answering a claim says what and when.
        var answer = seen.ToInput();
        answer.Response = "The Department published the figures of the border trade with the sources.";
        answer.RespondedOn = new DateOnly(2024, 7, 3);
        await ReadAsync<ExternalInfoDetails>(await PutJsonAsync(officer, $"/api/information/{seen.Id}", answer));

        var after = await ReadAsync<Report>(await officer.GetAsync("/api/reports?from=2024-01-01&to=2024-12-31", Ct));
        Assert.Equal(before.Find("information-items").Value + 3, after.Find("information-items").Value);
        Assert.Equal(before.Find("information-reach").Value + 150_000, after.Find("information-reach").Value);
        Assert.Equal(before.Find("claims-monitored").Value + 2, after.Find("claims-monitored").Value);
        Assert.Equal(before.Find("claims-answered").Value + 1, after.Find("claims-answered").Value);
        var social = after.Sections.Single(s => s.Key == "information").Breakdowns.Single().Lines.Single(l => l.Key == nameof(InfoChannel.SocialMedia));
        Assert.Equal(2m, social.Value - (before.Sections.Single(s => s.Key == "information").Breakdowns.Single().Lines.SingleOrDefault(l => l.Key == nameof(InfoChannel.SocialMedia))?.Value ?? 0));

        var unanswered = await ReadAsync<Paged<ExternalInfoRow>>(await officer.GetAsync($"/api/information?q={Uri.EscapeDataString(word)}&answered=false", Ct));
        Assert.Equal(InfoKind.ClaimMonitored, Assert.Single(unanswered.Items).Kind);
    }

    [Fact]
    public async Task BadInput_IsRefused_AndReadersCanNotWrite()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var bad = Item(TestData.Unique("Bad"), InfoChannel.Website, DateOnly.FromDateTime(DateTime.Today).AddDays(1), -5);
        bad.Language = "Vietnamese";
        bad.Response = "A response on a press release";
        Assert.Equal(["language", "occurredOn", "reach", "response"], (await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/information", bad))).Keys.Order(StringComparer.Ordinal));

        var claim = Claim(TestData.Unique("Claim"), new DateOnly(2025, 3, 1));
        claim.Reach = 10;
        claim.RespondedOn = new DateOnly(2025, 2, 1);
        Assert.Equal(["reach", "respondedOn", "response"], (await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/information", claim))).Keys.Order(StringComparer.Ordinal));

        var viewer = await App.SignInNewUserAsync(Province, Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/information", Item("X", InfoChannel.Website, new DateOnly(2025, 1, 1), null))).StatusCode);
    }

    private static ExternalInfoInput Item(string title, InfoChannel channel, DateOnly on, int? reach) => new()
    {
        Kind = InfoKind.NewsItem, Title = title, Channel = channel, Language = "vi", OccurredOn = on, Reach = reach, Where = "Provincial television",
    };

    private static ExternalInfoInput Claim(string title, DateOnly seen) => new()
    {
        Kind = InfoKind.ClaimMonitored, Title = $"{title}: a distorted claim about the border trade", Channel = InfoChannel.SocialMedia, Language = "en", OccurredOn = seen,
        Where = "A page on a social network",
    };
}

public sealed class ExternalInfoApiTests_Sqlite(SqliteApp app) : ExternalInfoApiTests(app);

public sealed class ExternalInfoApiTests_Postgres(PostgresApp app) : ExternalInfoApiTests(app);

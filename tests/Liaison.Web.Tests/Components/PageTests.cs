using System.Net;
using System.Text.RegularExpressions;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Components;

/// <summary>The server-rendered pages through HTTP: sign-in, province isolation, encoding, and forms that keep what was typed.</summary>
public abstract partial class PageTests(LiaisonApp app) : AppTests(app)
{
    public static TheoryData<string> Pages =>
    [
        "/", "/partners", "/partners/new", "/delegations", "/delegations/new", "/agreements", "/agreements/new",
        "/activities", "/activities/new", "/partners/1", "/delegations/1/edit", "/records/partners/1/archive"
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WithoutSignIn_RedirectsToSignIn(string url)
    {
        var response = await App.Anonymous().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReferencePage_WithoutSignIn_Is401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync("/api/reference", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await App.Anonymous().GetAsync("/openapi/v1.json", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/partners")]
    [InlineData("/partners/new")]
    [InlineData("/delegations?direction=Inbound&sort=members&desc=true")]
    [InlineData("/delegations?page=abc&desc=1&from=nope&partnerId=x&archived=maybe")]
    [InlineData("/delegations/new")]
    [InlineData("/agreements?kind=Nonsense")]
    [InlineData("/agreements/new")]
    [InlineData("/activities")]
    [InlineData("/activities/new")]
    public async Task Page_SignedIn_Renders(string url)
    {
        var client = await App.SignInNewUserAsync("lai-chau");

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherProvincesRecordPages_Are404()
    {
        var laiChau = await App.SignInNewUserAsync("lai-chau");
        var tayNinh = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(laiChau);
        var delegation = await TestData.CreateDelegationAsync(laiChau);
        var agreement = await TestData.CreateAgreementAsync(laiChau, TestData.Agreement(partner.Id));
        var activity = await ReadAsync<Liaison.Web.Features.Activities.ActivityDetails>(await PostJsonAsync(laiChau, "/api/activities", TestData.Activity()));

        foreach (var url in new[]
        {
            $"/partners/{partner.Id}", $"/partners/{partner.Id}/edit", $"/delegations/{delegation.Id}", $"/delegations/{delegation.Id}/edit",
            $"/agreements/{agreement.Id}", $"/agreements/{agreement.Id}/edit", $"/activities/{activity.Id}", $"/activities/{activity.Id}/edit",
            $"/records/partners/{partner.Id}/archive", $"/records/delegations/{delegation.Id}/archive", $"/records/agreements/{agreement.Id}/restore",
            $"/records/activities/{activity.Id}/archive",
        })
        {
            Assert.True((await laiChau.GetAsync(url, Ct)).StatusCode == HttpStatusCode.OK, $"{url} for its own province");
            var other = (await tayNinh.GetAsync(url, Ct)).StatusCode;
            Assert.True(other == HttpStatusCode.NotFound, $"{url} for another province: {other}");
        }
    }

    [Fact]
    public async Task ArchivePage_AsksFirst_ThenArchives_AndRestoreBringsItBack()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var partner = await TestData.CreatePartnerAsync(client);

        var confirm = await client.GetAsync($"/records/partners/{partner.Id}/archive", Ct);
        Assert.Contains("Archive this record?", await confirm.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False((await ReadAsync<Liaison.Web.Features.Partners.PartnerDetails>(await client.GetAsync($"/api/partners/{partner.Id}", Ct))).IsArchived);

        var archived = await PostFormAsync(client, $"/records/partners/{partner.Id}/archive", "record-archive", []);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.True((await ReadAsync<Liaison.Web.Features.Partners.PartnerDetails>(await client.GetAsync($"/api/partners/{partner.Id}", Ct))).IsArchived);

        await PostFormAsync(client, $"/records/partners/{partner.Id}/restore", "record-archive", []);
        Assert.False((await ReadAsync<Liaison.Web.Features.Partners.PartnerDetails>(await client.GetAsync($"/api/partners/{partner.Id}", Ct))).IsArchived);
    }

    [Fact]
    public async Task ArchivePage_ArchivesTheRecordOfItsOwnArea_NotAnotherKindWithTheSameNumber()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var apec = await ReadAsync<Liaison.Web.Features.Apec.ApecApplicationDetails>(await PostJsonAsync(client, "/api/apec", Security.AccessWorld.Applying(TestData.Unique("Archive"))));
        var information = await ReadAsync<Liaison.Web.Features.ExternalInformation.ExternalInfoDetails>(await PostJsonAsync(client, "/api/information", Security.AccessWorld.Informing(TestData.Unique("Archive"))));
        var overseas = await ReadAsync<Liaison.Web.Features.Overseas.OverseasContactDetails>(await PostJsonAsync(client, "/api/overseas", Security.AccessWorld.Abroad(TestData.Unique("Archive"))));

        foreach (var (area, id) in new[] { ("apec", apec.Id), ("information", information.Id), ("overseas", overseas.Id) })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, $"/records/{area}/{id}/archive", "record-archive", [])).StatusCode);
            Assert.True(await IsArchivedAsync(client, area, id), area);
            Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, $"/records/{area}/{id}/restore", "record-archive", [])).StatusCode);
            Assert.False(await IsArchivedAsync(client, area, id), area);
        }

        static async Task<bool> IsArchivedAsync(HttpClient client, string area, int id) =>
            System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/{area}/{id}", Ct)).RootElement.GetProperty("isArchived").GetBoolean();
    }

    [Fact]
    public async Task FormPost_WithoutTheAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var name = TestData.Unique("Forged");

        var response = await client.PostAsync("/partners/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "partner", ["Input.NameEn"] = name, ["Input.Kind"] = "ForeignCity", ["Input.CountryCode"] = "CN",
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await ReadAsync<Liaison.Web.Features.Shared.Paged<Liaison.Web.Features.Partners.PartnerRow>>(await client.GetAsync($"/api/partners?q={Uri.EscapeDataString(name)}", Ct));
        Assert.Equal(0, list.Total);
    }

    [Fact]
    public async Task MarkupTypedIntoFields_IsShownAsText()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var input = TestData.Partner("<script>alert('x')</script> Yunnan");
        input.Notes = "<img src=x onerror=alert(1)> ملاحظة";
        var partner = await TestData.CreatePartnerAsync(client, input);

        var html = await (await client.GetAsync($"/partners/{partner.Id}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("ملاحظة", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerForm_WithErrors_ShowsThemBesideTheFieldsAndKeepsTheInput()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var form = await client.GetAsync("/partners/new", Ct);
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync(Ct)).Groups[1].Value;

        var response = await client.PostAsync("/partners/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "partner",
            ["__RequestVerificationToken"] = token,
            ["Input.NameEn"] = "",
            ["Input.NameVi"] = "tỉnh Vân Nam giữ nguyên",
            ["Input.Kind"] = "ForeignProvince",
            ["Input.CountryCode"] = "",
            ["Input.Version"] = "0",
        }), Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-NameEn\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter the partner's name in English.", html, StringComparison.Ordinal);
        Assert.Contains("Choose the partner's country.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"tỉnh Vân Nam giữ nguyên\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AnswersWithoutSignIn_AndChecksTheDatabase()
    {
        var response = await App.Anonymous().GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheFourRecordTypes()
    {
        var client = await App.SignInNewUserAsync("lai-chau");

        var json = await (await client.GetAsync("/openapi/v1.json", Ct)).Content.ReadAsStringAsync(Ct);

        foreach (var path in new[] { "/api/partners", "/api/delegations/{id}/status", "/api/agreements/{id}/events", "/api/activities" })
        {
            Assert.Contains($"\"{path}\"", json, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class PageTests_Sqlite(SqliteApp app) : PageTests(app);

public sealed class PageTests_Postgres(PostgresApp app) : PageTests(app);

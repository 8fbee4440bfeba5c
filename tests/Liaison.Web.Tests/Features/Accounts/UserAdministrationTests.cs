using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Accounts;

/// <summary>Administrators manage accounts in the UI: invite, change role and province, deactivate, reset.</summary>
public abstract partial class UserAdministrationTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task Invite_CreatesAnAccountWithATemporaryPasswordThatSignsIn()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var email = $"officer-{Guid.NewGuid():N}@tayninh.gov.vn";

        var (password, _) = await InviteAsync(admin, email, Roles.Officer, provinceId: 30);

        var client = await App.SignInAsync(email, password);
        var me = await ReadAsync<WhoAmI>(await client.GetAsync("/api/account/me", Ct));
        Assert.Equal(30, me.ProvinceId);
        Assert.Equal([Roles.Officer], me.Roles);
        Assert.Equal(HttpStatusCode.Created, (await PostJsonAsync(client, "/api/partners", TestData.Partner())).StatusCode);
    }

    [Fact]
    public async Task Invite_WithBadInput_ShowsTheErrorsAndCreatesNothing()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var taken = await ReadAsync<WhoAmI>(await admin.GetAsync("/api/account/me", Ct));

        var noProvince = await PostFormAsync(admin, "/admin/users/new", "invite", Fields("someone@x.vn", Roles.Officer, null));
        var html = WebUtility.HtmlDecode(await noProvince.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Choose the province this person works for.", html, StringComparison.Ordinal);

        var ministryWithProvince = WebUtility.HtmlDecode(await (await PostFormAsync(admin, "/admin/users/new", "invite", Fields("m@x.vn", Roles.MinistryReader, 7))).Content.ReadAsStringAsync(Ct));
        Assert.Contains("belongs to no province", ministryWithProvince, StringComparison.Ordinal);

        var duplicate = WebUtility.HtmlDecode(await (await PostFormAsync(admin, "/admin/users/new", "invite", Fields(taken.UserName, Roles.Officer, 7))).Content.ReadAsStringAsync(Ct));
        Assert.Contains("There is already an account with this email address.", duplicate, StringComparison.Ordinal);

        var contributorWithoutUnit = WebUtility.HtmlDecode(await (await PostFormAsync(admin, "/admin/users/new", "invite", Fields("unit@x.vn", Roles.UnitContributor, 7))).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Enter the unit this person registers for", contributorWithoutUnit, StringComparison.Ordinal);

        var badEmail = WebUtility.HtmlDecode(await (await PostFormAsync(admin, "/admin/users/new", "invite", Fields("not-an-email", Roles.Officer, 7))).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Enter an email address like", badEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("temporary-password", badEmail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingTheRole_EndsTheOpenSession_AndIsInTheAuditTrail()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var email = $"leader-{Guid.NewGuid():N}@laichau.gov.vn";
        var (password, id) = await InviteAsync(admin, email, Roles.Officer, provinceId: 7);
        var session = await App.SignInAsync(email, password);

        var saved = await PostFormAsync(admin, $"/admin/users/{id}", "access", new() { ["Access.Role"] = Roles.Viewer, ["Access.ProvinceId"] = "7" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/partners", Ct)).StatusCode);
        var again = await App.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(again, "/api/partners", TestData.Partner())).StatusCode);
        var trail = await ReadAsync<Paged<AuditRow>>(await admin.GetAsync($"/api/audit?entityType=AppUser", Ct));
        Assert.Contains(trail.Items, e => e.Changes.Any(c => c.Field == "Role" && c.Before == Roles.Officer && c.After == Roles.Viewer));
        Assert.DoesNotContain(trail.Items, e => e.Changes.Any(c => c.Field == "PasswordHash"));
    }

    [Fact]
    public async Task TheBorderPermission_OpensIncidentsToAnOfficer_AndIsRefusedToAViewer()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var email = $"border-{Guid.NewGuid():N}@laichau.gov.vn";
        var (password, id) = await InviteAsync(admin, email, Roles.Officer, provinceId: 7);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.SignInAsync(email, password)).GetAsync("/api/border/incidents", Ct)).StatusCode);

        var viewer = WebUtility.HtmlDecode(await (await PostFormAsync(admin, $"/admin/users/{id}", "access",
            new() { ["Access.Role"] = Roles.Viewer, ["Access.ProvinceId"] = "7", ["Access.HandlesBorderMatters"] = "true" })).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Only a leader, an officer or a ministry reader can handle border matters.", viewer, StringComparison.Ordinal);
        var granted = await PostFormAsync(admin, $"/admin/users/{id}", "access",
            new() { ["Access.Role"] = Roles.Officer, ["Access.ProvinceId"] = "7", ["Access.HandlesBorderMatters"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await App.SignInAsync(email, password)).GetAsync("/api/border/incidents", Ct)).StatusCode);
    }

    [Fact]
    public async Task Deactivating_EndsTheSessionAndRefusesSignIn_ReactivatingAndResettingWork()
    {
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var email = $"viewer-{Guid.NewGuid():N}@laichau.gov.vn";
        var (password, id) = await InviteAsync(admin, email, Roles.Viewer, provinceId: 7);
        var session = await App.SignInAsync(email, password);

        await PostFormAsync(admin, $"/admin/users/{id}", "active", []);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/partners", Ct)).StatusCode);
        var whileDeactivated = await App.Anonymous().PostAsJsonAsync("/api/account/login", new { email, password }, Ct);
        Assert.True(whileDeactivated.StatusCode == HttpStatusCode.Unauthorized, $"sign-in while deactivated: {whileDeactivated.StatusCode}");

        await PostFormAsync(admin, $"/admin/users/{id}", "active", []);
        var reset = WebUtility.HtmlDecode(await (await PostFormAsync(admin, $"/admin/users/{id}", "reset", [])).Content.ReadAsStringAsync(Ct));
        var newPassword = TemporaryPasswordShown().Match(reset).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(newPassword), reset);

        var oldPassword = await App.Anonymous().PostAsJsonAsync("/api/account/login", new { email, password }, Ct);
        Assert.True(oldPassword.StatusCode == HttpStatusCode.Unauthorized, $"sign-in with the old password: {oldPassword.StatusCode}");
        await App.SignInAsync(email, newPassword);
    }

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.ProvincialLeader)]
    [InlineData(Roles.MinistryReader)]
    [InlineData(Roles.Viewer)]
    public async Task UserPages_AreForAdministratorsOnly(string role)
    {
        var client = await App.SignInNewUserAsync("lai-chau", role);

        foreach (var url in new[] { "/admin/users", "/admin/users/new", "/admin/audit" })
        {
            var response = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Administrator_SeesNoProvinceData()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var partner = await TestData.CreatePartnerAsync(officer);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/partners/{partner.Id}", Ct)).StatusCode);
        Assert.Equal(0, (await ReadAsync<Paged<Liaison.Web.Features.Partners.PartnerRow>>(await admin.GetAsync("/api/partners", Ct))).Total);
    }

    private static async Task<(string Password, string Id)> InviteAsync(HttpClient admin, string email, string role, int? provinceId)
    {
        var response = await PostFormAsync(admin, "/admin/users/new", "invite", Fields(email, role, provinceId));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        var password = TemporaryPasswordShown().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), html);
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users?q={Uri.EscapeDataString(email)}", Ct));
        var id = UserLink().Match(list).Groups[1].Value;
        return (password, id);
    }

    private static Dictionary<string, string> Fields(string email, string role, int? provinceId) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = "Nguyễn Thị Hoa",
        ["Input.Role"] = role,
        ["Input.ProvinceId"] = provinceId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    [GeneratedRegex("id=\"temporary-password\">([^<]+)<")]
    private static partial Regex TemporaryPasswordShown();

    [GeneratedRegex("href=\"/admin/users/([0-9a-f-]{36})\"")]
    private static partial Regex UserLink();
}

public sealed class UserAdministrationTests_Sqlite(SqliteApp app) : UserAdministrationTests(app);

public sealed class UserAdministrationTests_Postgres(PostgresApp app) : UserAdministrationTests(app);

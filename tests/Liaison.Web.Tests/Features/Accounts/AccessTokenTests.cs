using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Accounts.Tokens;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Accounts;

/// <summary>Personal access tokens: made and seen once on the account page, scoped, revocable, stored hashed.</summary>
public abstract partial class AccessTokenTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AReadWriteToken_ActsAsItsOwnerOnTheApi()
    {
        var officer = await App.SignInNewUserAsync("gia-lai");
        var token = await MakeTokenAsync(officer, TokenScope.ReadWrite);
        var api = Bearer(token);

        var me = await ReadAsync<WhoAmI>(await api.GetAsync("/api/account/me", Ct));
        Assert.Equal(25, me.ProvinceId);
        Assert.Equal(HttpStatusCode.Created, (await PostJsonAsync(api, "/api/partners", TestData.Partner())).StatusCode);
    }

    [Fact]
    public async Task AReadOnlyToken_ReadsButChangesNothing()
    {
        var officer = await App.SignInNewUserAsync("gia-lai");
        var partner = await TestData.CreatePartnerAsync(officer);
        var api = Bearer(await MakeTokenAsync(officer, TokenScope.ReadOnly));

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/partners/{partner.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(api, "/api/partners", TestData.Partner())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutJsonAsync(api, $"/api/partners/{partner.Id}", partner.ToInput())).StatusCode);
    }

    [Fact]
    public async Task ARevokedWrongOrForgedToken_Is401_AndATokenOpensNoPage()
    {
        var officer = await App.SignInNewUserAsync("gia-lai");
        var token = await MakeTokenAsync(officer, TokenScope.ReadWrite);
        var list = await officer.GetStringAsync("/account/tokens", Ct);
        var id = RevokeForm().Match(list).Groups[1].Value;

        Assert.Equal(HttpStatusCode.Redirect, (await Bearer(token).GetAsync("/partners", Ct)).StatusCode); // pages want the sign-in cookie
        await PostFormAsync(officer, "/account/tokens", $"revoke-{id}", []);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/partners", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token[..^1] + "x").GetAsync("/api/partners", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("lia_notatoken").GetAsync("/api/partners", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheTokenIsShownOnce_AndOnlyItsHashIsStored()
    {
        var officer = await App.SignInNewUserAsync("gia-lai");
        var token = await MakeTokenAsync(officer, TokenScope.ReadOnly);

        Assert.DoesNotContain(token, await officer.GetStringAsync("/account/tokens", Ct), StringComparison.Ordinal);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Set<PersonalAccessToken>().AsNoTracking().SingleAsync(t => t.Prefix == TokenSecrets.PrefixOf(token), Ct);
        Assert.NotEqual(token, stored.SecretHash);
        Assert.DoesNotContain(token[^40..], stored.SecretHash, StringComparison.Ordinal);
        Assert.DoesNotContain(await db.AuditEntries.AsNoTracking().Select(e => e.Changes).ToListAsync(Ct), c => c.Contains(stored.SecretHash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeactivatedOwnersToken_StopsWorking()
    {
        var admin = await App.SignInNewUserAsync("gia-lai", Roles.Administrator);
        var officer = await App.SignInNewUserAsync("gia-lai");
        var token = await MakeTokenAsync(officer, TokenScope.ReadWrite);
        var me = await ReadAsync<WhoAmI>(await officer.GetAsync("/api/account/me", Ct));
        var list = await admin.GetStringAsync($"/admin/users?q={Uri.EscapeDataString(me.UserName)}", Ct);
        var userId = Regex.Match(list, "href=\"/admin/users/([0-9a-f-]{36})\"").Groups[1].Value;

        await PostFormAsync(admin, $"/admin/users/{userId}", "active", []);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/partners", Ct)).StatusCode);
    }

    private static async Task<string> MakeTokenAsync(HttpClient owner, TokenScope scope)
    {
        var response = await PostFormAsync(owner, "/account/tokens", "new-token", new() { ["Input.Name"] = "Provincial portal", ["Input.Scope"] = scope.ToString() });
        var token = NewToken().Match(await response.Content.ReadAsStringAsync(Ct)).Groups[1].Value;
        Assert.StartsWith("lia_", token, StringComparison.Ordinal);
        return token;
    }

    private HttpClient Bearer(string token)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [GeneratedRegex("id=\"new-token\">([^<]+)<")]
    private static partial Regex NewToken();

    [GeneratedRegex("name=\"_handler\" value=\"revoke-(\\d+)\"")]
    private static partial Regex RevokeForm();
}

public sealed class AccessTokenTests_Sqlite(SqliteApp app) : AccessTokenTests(app);

public sealed class AccessTokenTests_Postgres(PostgresApp app) : AccessTokenTests(app);

using System.Net;
using System.Net.Http.Json;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Accounts;

public sealed class WebSecurityTests(SqliteApp app) : AppTests(app)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/api/partners")]
    public async Task Responses_CarryTheSecurityHeaders(string url)
    {
        var response = await App.Anonymous().GetAsync(url, Ct);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndSameSiteStrict()
    {
        var signedIn = await App.SignInNewUserAsync("lai-chau");
        var me = await ReadAsync<Liaison.Web.Features.Accounts.WhoAmI>(await signedIn.GetAsync("/api/account/me", Ct));

        var response = await App.Anonymous().PostAsJsonAsync("/api/account/login", new { email = me.UserName, password = LiaisonApp.Password }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("liaison.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ServerErrors_ShowNoInternals()
    {
        // An unknown route under the API answers as a problem without stack traces.
        var client = await App.SignInNewUserAsync("lai-chau");
        var body = await (await client.GetAsync("/api/partners/abc", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}

/// <summary>An app with the production sign-in limit turned low, so the limit can be reached.</summary>
public sealed class RateLimitedApp() : LiaisonApp(Engine.Sqlite, demo: false)
{
    protected override int SignInPerMinute => 3;
}

public sealed class SignInRateLimitTests(RateLimitedApp app) : AppTests(app), IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task RepeatedSignInAttempts_AreRefusedWith429AndRetryAfter()
    {
        var client = App.Anonymous();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsJsonAsync("/api/account/login", new { email = $"guess{i}@test.liaison", password = "wrong-password" }, Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/account/login", Ct)).StatusCode);
    }
}

public sealed class LockoutTests(SqliteApp app) : AppTests(app)
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenAgainstTheRightOne()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var me = await ReadAsync<Liaison.Web.Features.Accounts.WhoAmI>(await client.GetAsync("/api/account/me", Ct));
        var anonymous = App.Anonymous();

        for (var i = 0; i < 5; i++)
        {
            await anonymous.PostAsJsonAsync("/api/account/login", new { email = me.UserName, password = $"wrong-{i}-password" }, Ct);
        }

        var locked = await anonymous.PostAsJsonAsync("/api/account/login", new { email = me.UserName, password = LiaisonApp.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

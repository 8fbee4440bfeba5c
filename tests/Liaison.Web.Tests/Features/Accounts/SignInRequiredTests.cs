using System.Net;
using System.Net.Http.Json;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Accounts;

/// <summary>No endpoint of the API answers without a signed-in user, and sign-in itself refuses wrong passwords.</summary>
public sealed class SignInRequiredTests(SqliteApp app) : AppTests(app)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/account/me" },
        { "POST", "/api/account/logout" },
        { "GET", "/api/partners" }, { "GET", "/api/partners/1" }, { "GET", "/api/partners/1/timeline" }, { "POST", "/api/partners" },
        { "PUT", "/api/partners/1" }, { "POST", "/api/partners/1/archive" }, { "POST", "/api/partners/1/restore" },
        { "GET", "/api/delegations" }, { "GET", "/api/delegations/1" }, { "POST", "/api/delegations" }, { "PUT", "/api/delegations/1" },
        { "POST", "/api/delegations/1/status" }, { "POST", "/api/delegations/1/archive" }, { "POST", "/api/delegations/1/restore" },
        { "GET", "/api/agreements" }, { "GET", "/api/agreements/1" }, { "POST", "/api/agreements" }, { "PUT", "/api/agreements/1" },
        { "POST", "/api/agreements/1/status" }, { "POST", "/api/agreements/1/events" }, { "POST", "/api/agreements/1/archive" }, { "POST", "/api/agreements/1/restore" },
        { "GET", "/api/activities" }, { "GET", "/api/activities/1" }, { "POST", "/api/activities" }, { "PUT", "/api/activities/1" },
        { "POST", "/api/activities/1/archive" }, { "POST", "/api/activities/1/restore" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_WithoutSignIn_Returns401ProblemDetails(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { });
        }

        var response = await App.Anonymous().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_Returns401AndNoCookie()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/account/login", new { email = "nobody@test.liaison", password = "wrong-password" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Me_SignedIn_SaysWhoAndWhichProvince()
    {
        var client = await App.SignInNewUserAsync("gia-lai");

        var me = await ReadAsync<Liaison.Web.Features.Accounts.WhoAmI>(await client.GetAsync("/api/account/me", Ct));

        Assert.Equal(25, me.ProvinceId);
        Assert.Equal(["Officer"], me.Roles);
    }
}

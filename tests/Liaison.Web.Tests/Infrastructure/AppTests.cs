using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// Base of every HTTP test: the same tests run against each engine through a sealed subclass per engine
/// (FooTests_Sqlite, FooTests_Postgres). A PostgreSQL test skips itself, with the reason, when no server is configured.
/// </summary>
public abstract class AppTests
{
    protected AppTests(LiaisonApp app)
    {
        App = app;
        Assert.SkipWhen(app.Unavailable is not null, app.Unavailable ?? string.Empty);
    }

    protected LiaisonApp App { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static JsonSerializerOptions Json { get; } = CreateJson();

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>The per-field errors of a 400 ProblemDetails response.</summary>
    protected static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>(Json)!;
    }

    protected static async Task<string> ProblemDetailAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("detail").GetString()!;
    }

    protected static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json, Ct);

    protected static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Json, Ct);

    /// <summary>Posts a page's form as a browser would: with the antiforgery token from the page and the form's name.</summary>
    protected static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var form = await client.GetAsync(url, Ct);
        var html = await form.Content.ReadAsStringAsync(Ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{url} has no form ({(int)form.StatusCode})");
        fields["__RequestVerificationToken"] = token;
        fields["_handler"] = formName;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields), Ct);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Configure(options);
        return options;
    }
}

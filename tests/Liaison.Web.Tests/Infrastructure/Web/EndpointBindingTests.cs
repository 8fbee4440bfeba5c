using System.CodeDom.Compiler;
using System.Reflection;
using System.Text.Json;
using Liaison.Web.Features.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure.Web;

/// <summary>
/// The API's endpoints are generated at compile time for start-up's sake, and the generator binds an [AsParameters]
/// type's own properties only: a list query's inherited text, paging, sort, archived and province fields would be
/// dropped silently. A list endpoint binds them as a second parameter, <see cref="ListParameters"/>, and hands them on.
/// </summary>
public sealed class EndpointBindingTests(SqliteDemoApp app) : AppTests(app)
{
    private const string Generator = "Microsoft.AspNetCore.Http.RequestDelegateGenerator";

    [Fact]
    public void EveryApiEndpoint_IsGeneratedAtCompileTime()
    {
        // The generator warns (RDG002, an error under TreatWarningsAsErrors) for an endpoint it skips; this also catches
        // one it never sees, such as a handler passed as a plain Delegate, which the runtime binder builds at start.
        var api = ApiEndpoints().ToList();
        Assert.True(api.Count > 100, $"only {api.Count} API endpoints found");
        Assert.Empty(api.Where(e => !IsGenerated(e)).Select(e => e.DisplayName));
    }

    [Fact]
    public void AGeneratedEndpoint_BindsWhatItsQueryInherits_ThroughTheCommonListParameters()
    {
        var lists = ApiEndpoints().Where(e => QueryParameters(e).Any(p => p.ParameterType.IsSubclassOf(typeof(ListQuery)))).ToList();
        Assert.True(lists.Count >= 38, $"only {lists.Count} list endpoints found");

        // What a query inherits is what ListQuery declares, and ListParameters binds each of those, with the same type.
        var inherited = typeof(ListQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .Select(p => (p.Name, p.PropertyType)).Order().ToList();
        var common = typeof(ListParameters).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .Select(p => (p.Name, p.PropertyType)).Order().ToList();
        Assert.Equal(inherited, common);

        Assert.Empty(lists.Where(e => !QueryParameters(e).Any(p => p.ParameterType == typeof(ListParameters))).Select(e => e.DisplayName));
        var otherInheritance = ApiEndpoints().SelectMany(e => QueryParameters(e)
            .SelectMany(p => p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanWrite && property.DeclaringType != p.ParameterType && property.DeclaringType != typeof(ListQuery))
                .Select(property => $"{e.DisplayName}: {p.ParameterType.Name}.{property.Name}")));
        Assert.Empty(otherInheritance);
    }

    [Fact]
    public async Task EveryListAndExport_HonoursTheCommonListParameters()
    {
        // An endpoint that binds the common parameters but doesn't hand them to its list would still compile.
        // The ministry reads every register but the ones a province keeps to a few (cases, the border's): those, a reader who may.
        var readers = new List<HttpClient>();
        foreach (var email in new[] { "ministry@liaison.demo", "tay-ninh-cases@liaison.demo", "tay-ninh-border@liaison.demo" })
        {
            readers.Add(await App.SignInDemoAsync(email));
        }

        async Task<string> GetAsync(string url)
        {
            foreach (var reader in readers)
            {
                var response = await reader.GetAsync(url, Ct);
                if (response.StatusCode != System.Net.HttpStatusCode.Forbidden)
                {
                    Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
                    return await response.Content.ReadAsStringAsync(Ct);
                }
            }

            Assert.Fail($"{url}: no demo reader may read it");
            return string.Empty;
        }

        var routes = ApiEndpoints()
            .Where(e => QueryParameters(e).Any(p => p.ParameterType == typeof(ListParameters)) && !e.RoutePattern.RawText!.Contains('{', StringComparison.Ordinal))
            .Select(e => e.RoutePattern.RawText!).Distinct().ToList();
        var exports = routes.Where(r => r.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        var lists = routes.Except(exports).ToList();
        Assert.True(lists.Count >= 18 && exports.Count >= 18, $"{lists.Count} lists and {exports.Count} exports found");

        foreach (var list in lists)
        {
            var body = await GetAsync($"{list}?pageSize=1");
            Assert.True(body.Contains("\"pageSize\":1,", StringComparison.Ordinal), $"{list}?pageSize=1 answered {body[..Math.Min(body.Length, 200)]}");
        }

        // Each export lists what its list counts under the same fields: a text no record holds, where the list searches text.
        var filteredOut = 0;
        foreach (var export in exports)
        {
            var list = export[..^"export.csv".Length];
            var all = Lines(await GetAsync(export)) - 1;
            var filtered = Lines(await GetAsync($"{export}?q=zqxj-no-such-words")) - 1;
            var counted = Total(await GetAsync($"{list}?q=zqxj-no-such-words"));
            Assert.True(filtered == counted, $"{export}?q=… lists {filtered} rows, {list}?q=… counts {counted}");
            filteredOut += filtered < all ? 1 : 0;
        }

        Assert.True(filteredOut >= 10, $"the text filtered out rows of only {filteredOut} exports");
    }

    /// <summary>A list's total: its own, or its page's when the list carries more (totals by year, a currency).</summary>
    private static int Total(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return (root.TryGetProperty("total", out var total) ? total : root.GetProperty("page").GetProperty("total")).GetInt32();
    }

    private static int Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private IEnumerable<RouteEndpoint> ApiEndpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.Metadata.GetMetadata<MethodInfo>() is not null);

    /// <summary>Whether the compile-time generator built the endpoint (it marks its metadata with its tool name).</summary>
    private static bool IsGenerated(RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<GeneratedCodeAttribute>().Any(a => a.Tool?.StartsWith(Generator, StringComparison.Ordinal) == true);

    /// <summary>The endpoint's [AsParameters] parameters.</summary>
    private static IEnumerable<ParameterInfo> QueryParameters(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>()!.GetParameters().Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null);
}

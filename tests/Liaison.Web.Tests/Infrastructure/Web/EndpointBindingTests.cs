using System.CodeDom.Compiler;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure.Web;

/// <summary>
/// The API's endpoints are generated at compile time for start-up's sake, and the generator binds an [AsParameters]
/// type's own properties only: an endpoint it generated for a list query would drop the inherited text, paging, sort
/// and archived filters silently. Such endpoints are left to the runtime binder (EndpointBinding.AtRuntime).
/// </summary>
public sealed class EndpointBindingTests(SqliteApp app) : AppTests(app)
{
    private const string Generator = "Microsoft.AspNetCore.Http.RequestDelegateGenerator";

    [Fact]
    public void NoGeneratedEndpoint_BindsAParameterObjectWithInheritedProperties()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var generated = endpoints.Where(IsGenerated).ToList();

        // The generator is on (otherwise this test would pass for nothing), and the list endpoints are among the rest.
        Assert.True(generated.Count > 50, $"only {generated.Count} of {endpoints.Count} endpoints are generated");
        Assert.DoesNotContain(generated, e => e.RoutePattern.RawText == "/api/delegations/"
            && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true);

        var unbound = generated
            .SelectMany(e => InheritedParameterProperties(e).Select(property => $"{e.DisplayName}: {property}"))
            .ToList();
        Assert.Empty(unbound);
    }

    [Fact]
    public void EveryApiEndpointLeftToTheRuntimeBinder_IsOneTheGeneratorWouldBindWrongly()
    {
        // The generator's own warning for an endpoint it skips (RDG002) is silenced, since AtRuntime asks for it: this
        // keeps an endpoint from falling back to the slower start-up binding for any other reason unnoticed.
        var atRuntime = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<MethodInfo>() is not null
                && !IsGenerated(e))
            .ToList();

        Assert.NotEmpty(atRuntime);
        Assert.All(atRuntime, e => Assert.True(InheritedParameterProperties(e).Any(), $"{e.DisplayName} is bound at runtime for no reason"));
    }

    /// <summary>Whether the compile-time generator built the endpoint (it marks its metadata with its tool name).</summary>
    private static bool IsGenerated(RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<GeneratedCodeAttribute>().Any(a => a.Tool?.StartsWith(Generator, StringComparison.Ordinal) == true);

    /// <summary>The settable properties that the endpoint's [AsParameters] types inherit, as "Type.Property".</summary>
    private static IEnumerable<string> InheritedParameterProperties(RouteEndpoint endpoint) =>
        (endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
            .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
            .SelectMany(p => p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanWrite && property.DeclaringType != p.ParameterType)
                .Select(property => $"{p.ParameterType.Name}.{property.Name}"));
}

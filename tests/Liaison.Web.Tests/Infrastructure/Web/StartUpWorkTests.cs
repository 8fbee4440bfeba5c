using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure.Web;

/// <summary>
/// The start runs its two longest pieces side by side (issue 9's cold start). Each is only worth it if the host then
/// uses what it built: the same database model, and a routing table whose code is already compiled.
/// </summary>
public sealed class StartUpWorkTests(SqliteApp app) : AppTests(app)
{
    [Fact]
    public async Task TheDatabaseModelBuiltAhead_IsTheOneEveryContextThenUses()
    {
        var builtAhead = await StartUpWork.BuildDatabaseModelAsync(App.Services);

        using var scope = App.Services.CreateScope();
        Assert.Same(builtAhead, scope.ServiceProvider.GetRequiredService<AppDbContext>().Model);
    }

    [Fact]
    public void TheRoutingTableBuiltAhead_CoversEveryEndpointTheHostRoutes()
    {
        var host = (CompositeEndpointDataSource)App.Services.GetRequiredService<EndpointDataSource>();

        var built = StartUpWork.BuildRoutingTable(host.DataSources);

        Assert.True(host.Endpoints.Count > 150, $"the host routes only {host.Endpoints.Count} endpoints");
        Assert.Equal(host.Endpoints.Count, built);
    }
}

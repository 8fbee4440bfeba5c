using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Liaison.Web.Infrastructure.Web;

/// <summary>
/// The two longest pieces of the application's start that do not depend on each other, so that they can run on
/// two cores at once (issue 9's cold start; ADR 0020's second addendum).
/// </summary>
/// <remarks>
/// Measured with a sampled trace of a start on the national dataset, one after the other they took about 1.4 s
/// (EF Core building the model of some 70 entity types) and 0.6 s (the routing table: the generated request
/// delegates and their first compilation), while the second core stood mostly idle.
/// </remarks>
public static class StartUpWork
{
    /// <summary>
    /// Starts EF Core building the database model on a thread of its own. The model is built once per process and
    /// kept, so the start-up's own use of the database (migrations, reference data) then finds it ready.
    /// </summary>
    public static Task<IModel> BuildDatabaseModelAsync(IServiceProvider services) => Task.Run(() =>
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
    });

    /// <summary>
    /// Builds every endpoint of every data source once, so that the code behind them is loaded and compiled before
    /// the host builds its routing table.
    /// </summary>
    /// <remarks>
    /// Call it after every <c>Map…</c> call and its conventions. The API's endpoints built here are not kept (the host
    /// builds its own table when it starts, from code that is by then compiled), but the Razor components' and the
    /// static assets' data sources keep the endpoints of their first read and apply their conventions then, so a
    /// convention added after this call would be silently left out.
    /// </remarks>
    /// <returns>How many endpoints were built.</returns>
    public static int BuildRoutingTable(IEnumerable<EndpointDataSource> sources) => sources.Sum(source => source.Endpoints.Count);
}

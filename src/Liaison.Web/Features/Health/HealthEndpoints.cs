using Liaison.Web.Infrastructure.Data;

namespace Liaison.Web.Features.Health;

public static class HealthEndpoints
{
    public static IServiceCollection AddLiaisonHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    /// <summary>
    /// /health answers "Healthy" (200) or "Unhealthy" (503) from a real query to the database. It is the one
    /// anonymous endpoint, for load balancers and monitors, and says nothing beyond that word.
    /// </summary>
    public static void MapLiaisonHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health").AllowAnonymous();
}

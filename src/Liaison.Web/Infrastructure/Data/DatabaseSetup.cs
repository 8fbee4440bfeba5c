using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    /// <summary>
    /// Registers both engines' contexts, and <see cref="AppDbContext"/> as the one that <c>Database:Provider</c>
    /// names (Sqlite by default), with the connection string <c>ConnectionStrings:Liaison</c>; SQLite defaults
    /// to data/liaison.db under the content root. Configuration is read when a context is first made, not at
    /// registration, so that every configuration source (test hosts included) is already in place.
    /// </summary>
    public static IServiceCollection AddLiaisonDatabase(this IServiceCollection services, string contentRoot)
    {
        // The options are built once, when the first context is made, not for every request: building them read the
        // configuration under its lock and made EF Core look its services up afresh each time (issue 9's load test).
        // So the connection string is read once per process: changing it takes a restart.
        services.AddDbContext<SqliteAppDbContext>((sp, o) => Common(o).UseSqlite(SqliteConnection(sp.GetRequiredService<IConfiguration>(), contentRoot)),
            ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<PostgresAppDbContext>((sp, o) => Common(o).UseNpgsql(PostgresConnection(sp.GetRequiredService<IConfiguration>())),
            ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<AppDbContext>(sp => Provider(sp.GetRequiredService<IConfiguration>()) == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
        return services;
    }

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);

    private static string SqliteConnection(IConfiguration configuration, string contentRoot)
    {
        if (configuration.GetConnectionString("Liaison") is { Length: > 0 } configured)
        {
            return configured;
        }

        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "liaison.db")}";
    }

    private static string PostgresConnection(IConfiguration configuration) =>
        configuration.GetConnectionString("Liaison") is { Length: > 0 } configured
            ? configured
            : Provider(configuration) == DatabaseProvider.Postgres
                ? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Liaison is not set.")
                : "Host=unused"; // the other engine's context is only ever built by tools listing the contexts

    // Link rows (a delegation's partners) point only at partners of the same province, which the same
    // province filter shows, so EF's warning about filtered required ends does not apply here.
    private static DbContextOptionsBuilder Common(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
}

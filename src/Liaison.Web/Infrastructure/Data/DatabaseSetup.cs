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
    /// Registers the context for the engine named by <c>Database:Provider</c> (Sqlite by default) with the
    /// connection string <c>ConnectionStrings:Liaison</c>; SQLite defaults to data/liaison.db under the content root.
    /// </summary>
    public static IServiceCollection AddLiaisonDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Liaison");
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Liaison is not set.");
                }

                services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => Common(o).UseNpgsql(connectionString));
                break;
            default:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var folder = Path.Combine(contentRoot, "data");
                    Directory.CreateDirectory(folder);
                    connectionString = $"Data Source={Path.Combine(folder, "liaison.db")}";
                }

                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => Common(o).UseSqlite(connectionString));
                break;
        }

        return services;
    }

    // Link rows (a delegation's partners) point only at partners of the same province, which the same
    // province filter shows, so EF's warning about filtered required ends does not apply here.
    private static DbContextOptionsBuilder Common(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
}

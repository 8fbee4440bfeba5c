using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure.Data;

/// <summary>
/// Start-up skips EF Core's migrate step when every migration is applied (about half a second of each cold start),
/// so the check that step made on the way, that the model has no change missing from a migration, is made here too.
/// </summary>
public abstract class DatabaseInitializerTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task EveryChangeToTheModel_HasItsMigration_AndTheStartedDatabaseHasThemAll()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {App.Engine} model has changes that no migration makes: add one per engine (README, 'Adding a migration').");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
    }
}

public sealed class DatabaseInitializerTests_Sqlite(SqliteApp app) : DatabaseInitializerTests(app);

public sealed class DatabaseInitializerTests_Postgres(PostgresApp app) : DatabaseInitializerTests(app);

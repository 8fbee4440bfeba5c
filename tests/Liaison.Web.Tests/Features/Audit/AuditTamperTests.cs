using Liaison.Web.Features.Audit;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Audit;

/// <summary>
/// On a database of its own (it is damaged on purpose): the trail refuses edits through SQL, and an edit
/// made with the database owner's rights behind the application's back is caught by the verifier.
/// </summary>
public abstract class AuditTamperTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task EditingAnEntryBehindTheApplicationsBack_IsCaughtByTheVerifier()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        for (var i = 0; i < 3; i++)
        {
            await TestData.CreatePartnerAsync(client);
        }

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var verify = scope.ServiceProvider.GetRequiredService<VerifyAuditChainHandler>();
        Assert.True((await verify.HandleAsync(Ct)).Intact);
        var victim = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Skip(2).Select(e => e.Sequence).FirstAsync(Ct);

        // The triggers refuse a plain UPDATE or DELETE…
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'mallory'", Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"", Ct));

        // …so the attacker disables them first, as a database owner could.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER", Ct);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoUpdate", Ct);
        }

        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"UserName\" = 'mallory' WHERE \"Sequence\" = {victim}", Ct);

        var result = await verify.HandleAsync(Ct);
        Assert.False(result.Intact);
        Assert.Equal(victim, result.BrokenAt);
        Assert.Contains("changed", result.Reason, StringComparison.Ordinal);

        // The operator's command says the same and fails, so a scheduled check can alert on it.
        var (exitCode, output) = await App.RunCommandAsync("verify-audit");
        Assert.Equal(1, exitCode);
        Assert.Contains($"Audit trail broken at entry {victim}: its content no longer matches its hash", output, StringComparison.Ordinal);
    }
}

public sealed class TamperSqliteApp() : LiaisonApp(Engine.Sqlite, demo: false);

public sealed class TamperPostgresApp() : LiaisonApp(Engine.Postgres, demo: false);

public sealed class AuditTamperTests_Sqlite(TamperSqliteApp app) : AuditTamperTests(app), IClassFixture<TamperSqliteApp>;

public sealed class AuditTamperTests_Postgres(TamperPostgresApp app) : AuditTamperTests(app), IClassFixture<TamperPostgresApp>;

using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure.Data;

/// <summary>
/// The bulk path writes each batch in the background while the caller builds the next (ADR 0016): every
/// later command waits for it, and a write that failed fails the commit, so a transaction is never
/// committed over a batch that was not written.
/// </summary>
public abstract class BulkWriteTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task BatchesWrittenInTheBackground_AreSeenByTheNextQuery_AndCommittedWithAnIntactAuditChain()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var province = await ProvinceIdAsync(db);
        var tag = Guid.NewGuid().ToString("N");

        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            for (var batch = 0; batch < 3; batch++)
            {
                for (var i = 0; i < 50; i++)
                {
                    db.Delegations.Add(NewDelegation(province, $"{tag} {batch}-{i}"));
                }

                await db.SaveAddedInBulkAsync(Ct);
                // Asked while the batch may still be being written: the query waits for it, and sees it.
                Assert.Equal((batch + 1) * 50, await Tagged(db, tag).CountAsync(Ct));
            }

            await transaction.CommitAsync(Ct);
        }

        var ids = await Tagged(db, tag).Select(d => d.Id).ToListAsync(Ct);
        Assert.Equal(150, ids.Count);
        var audited = db.AuditEntries.IgnoreQueryFilters();
        Assert.Equal(150, await audited.CountAsync(e => e.EntityType == nameof(Delegation) && ids.Contains(e.EntityId), Ct));
        Assert.Equal(150, await audited.CountAsync(e => e.ParentType == nameof(Delegation) && ids.Contains(e.ParentId!.Value), Ct)); // each one's country
        var verification = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainHandler>().HandleAsync(Ct);
        Assert.True(verification.Intact, verification.ToString());
    }

    [Fact]
    public async Task ABatchThatFailsToWrite_FailsEveryLaterCommandAndTheCommit_AndNothingIsKept()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var province = await ProvinceIdAsync(db);
        var tag = Guid.NewGuid().ToString("N");

        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Delegations.Add(NewDelegation(province, $"{tag} good"));
            await db.SaveAddedInBulkAsync(Ct);
            // A province that does not exist: the database refuses the row (in the background on PostgreSQL).
            db.Delegations.Add(NewDelegation(int.MaxValue, $"{tag} bad"));
            var failure = await Record.ExceptionAsync(() => db.SaveAddedInBulkAsync(Ct))
                ?? await Record.ExceptionAsync(() => Tagged(db, tag).CountAsync(Ct));
            AssertForeignKeyRefused(failure);

            if (db.Database.IsNpgsql())
            {
                // Whoever caught the first error, the failure stands until the rollback: no command, and no commit, gets past it.
                AssertForeignKeyRefused(await Record.ExceptionAsync(() => Tagged(db, tag).CountAsync(Ct)));
                AssertForeignKeyRefused(await Record.ExceptionAsync(() => transaction.CommitAsync(Ct)));
            }

            await db.BulkWriteEndedAsync(rethrow: false);
        }

        // The transaction is gone (rolled back): the context works again, and nothing of either batch is there.
        Assert.Equal(0, await Tagged(db, tag).CountAsync(Ct));
        Assert.Equal(0, await db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.Changes.Contains(tag), Ct));
    }

    [Fact]
    public async Task AnOrdinarySaveBetweenBatches_AndASecondTransaction_KeepTheAuditChainWhole()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var province = await ProvinceIdAsync(db);
        var tag = Guid.NewGuid().ToString("N");

        // A first transaction writes a batch and is rolled back: its chain's end must not be carried into the next.
        await using (var abandoned = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Delegations.Add(NewDelegation(province, $"{tag} rolled back"));
            await db.SaveAddedInBulkAsync(Ct);
            await abandoned.RollbackAsync(Ct);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Delegations.Add(NewDelegation(province, $"{tag} batch 1"));
            await db.SaveAddedInBulkAsync(Ct);
            // An ordinary, audited save while the batch may still be being written: it waits, and extends the chain itself.
            db.Delegations.Add(NewDelegation(province, $"{tag} saved"));
            await db.SaveChangesAsync(Ct);
            db.Delegations.Add(NewDelegation(province, $"{tag} batch 2"));
            await db.SaveAddedInBulkAsync(Ct);
            await transaction.CommitAsync(Ct);
        }

        Assert.Equal([$"{tag} batch 1", $"{tag} batch 2", $"{tag} saved"], await Tagged(db, tag).Select(d => d.Title).OrderBy(t => t).ToListAsync(Ct));
        var verification = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainHandler>().HandleAsync(Ct);
        Assert.True(verification.Intact, verification.ToString());
    }

    private static void AssertForeignKeyRefused(Exception? failure)
    {
        var cause = failure;
        while (cause is not null && cause is not (Npgsql.PostgresException or Microsoft.Data.Sqlite.SqliteException))
        {
            cause = cause.InnerException;
        }

        Assert.True(cause is Npgsql.PostgresException { SqlState: "23503" } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 },
            $"expected the database to refuse the row's province, got {failure}");
    }

    private static IQueryable<Delegation> Tagged(AppDbContext db, string tag) =>
        db.Delegations.IgnoreQueryFilters().Where(d => d.Title.StartsWith(tag));

    private static Task<int> ProvinceIdAsync(AppDbContext db) =>
        db.Provinces.Where(p => p.Code == "lai-chau").Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);

    private static Delegation NewDelegation(int province, string title) => new()
    {
        ProvinceId = province,
        Title = title,
        Direction = DelegationDirection.Inbound,
        Purpose = DelegationPurpose.Work,
        StartDate = new DateOnly(2024, 3, 15),
        EndDate = new DateOnly(2024, 3, 16),
        Level = DelegationLevel.ProvincialLeadership,
        MemberCount = 3,
        FundingSource = FundingSource.InvitingSide,
        Status = DelegationStatus.Draft,
        Countries = [new DelegationCountry { CountryCode = "LA" }],
    };
}

public sealed class BulkWriteTests_Sqlite(SqliteApp app) : BulkWriteTests(app);

public sealed class BulkWriteTests_Postgres(PostgresApp app) : BulkWriteTests(app);

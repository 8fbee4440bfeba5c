using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// Makes every command, savepoint, new transaction and commit of a context wait for the bulk write it has in
/// flight (<see cref="AppDbContext.SaveAddedInBulkAsync"/>, ADR 0016), and fail while that write's failure
/// stands. A connection runs one command at a time, and a transaction must never be committed over a batch
/// that was not written: here both hold for whatever EF Core runs, not only for the import that knows. A
/// rollback waits too, but does not throw: the error that led to it is already on its way. What EF Core lets
/// no interceptor see (disposing a transaction, ADO.NET commands made by hand) waits through
/// <see cref="AppDbContext.BulkWriteEndedAsync"/> and the context's own dispose.
/// </summary>
public sealed class BulkWriteBarrier : DbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly BulkWriteBarrier Instance = new();

    private BulkWriteBarrier()
    {
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: true);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: true);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: true);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Wait(eventData.Context, rethrow: true);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Wait(eventData.Context, rethrow: true);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Wait(eventData.Context, rethrow: true);
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: true);
        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Wait(eventData.Context, rethrow: true);
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionRollingBackAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: false);
        return result;
    }

    public InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Wait(eventData.Context, rethrow: false);
        return result;
    }

    // A savepoint is a command on the connection too: SaveChanges makes one inside the caller's transaction.
    public async ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: true);
        return result;
    }

    public InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Wait(eventData.Context, rethrow: true);
        return result;
    }

    public async ValueTask<InterceptionResult> ReleasingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: true);
        return result;
    }

    public InterceptionResult ReleasingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Wait(eventData.Context, rethrow: true);
        return result;
    }

    // Undoing a failed save: waits, but keeps a failed write's error for the commit (the save's own error is on its way).
    public async ValueTask<InterceptionResult> RollingBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext app)
        {
            await app.BulkWriteSettledAsync();
        }

        return result;
    }

    public InterceptionResult RollingBackToSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is AppDbContext app)
        {
            app.BulkWriteSettledAsync().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(eventData.Context, rethrow: true);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Wait(eventData.Context, rethrow: true);
        return result;
    }

    private static Task WaitAsync(Microsoft.EntityFrameworkCore.DbContext? context, bool rethrow) =>
        context is AppDbContext app ? app.BulkWriteEndedAsync(rethrow) : Task.CompletedTask;

    // The application saves and queries asynchronously; a synchronous caller (a tool) blocks the same way.
    private static void Wait(Microsoft.EntityFrameworkCore.DbContext? context, bool rethrow) =>
        WaitAsync(context, rethrow).GetAwaiter().GetResult();
}

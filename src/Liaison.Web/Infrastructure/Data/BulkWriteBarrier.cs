using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// Makes every command and every commit of a context wait for the bulk write it has in flight
/// (<see cref="AppDbContext.SaveAddedInBulkAsync"/>, ADR 0016), and fail if that write failed. A connection
/// runs one command at a time, and a transaction must never be committed over a batch that was not written:
/// here both hold for any query, save or commit, whoever writes it, not only for the import that knows.
/// A rollback waits too, but does not throw: the error that led to it is already on its way.
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

    private static Task WaitAsync(Microsoft.EntityFrameworkCore.DbContext? context, bool rethrow) =>
        context is AppDbContext app ? app.BulkWriteEndedAsync(rethrow) : Task.CompletedTask;

    // The application saves and queries asynchronously; a synchronous caller (a tool) blocks the same way.
    private static void Wait(Microsoft.EntityFrameworkCore.DbContext? context, bool rethrow) =>
        WaitAsync(context, rethrow).GetAwaiter().GetResult();
}

using System.Data.Common;
using System.Text;
using Liaison.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// The bulk path of a long import (ADR 0016). EF Core writes one statement per row, which for an import of
/// 100,000 delegations (half a million rows with their countries and audit entries) costs minutes. Here the
/// rows the change tracker holds as added are written as multi-row INSERTs instead, with the same values a
/// normal save would write: the records are stamped the same way, each column's value is bound through the
/// type mapping EF Core itself uses (so enums, dates and decimals are stored alike), the search index
/// triggers fire as for any insert, and the audit entries are built by the same <see cref="AuditWriter"/>.
/// </summary>
public abstract partial class AppDbContext
{
    // Parameters per SQLite statement. SQLite looks each parameter's name up among all of the statement's,
    // so the cost grows with the square of their number: 120 imported faster than 400, and 16,000 ten times slower.
    private const int MaxSqliteParameters = 120;

    // The batch being written in the background (PostgreSQL), if any, and the transaction it writes in: the
    // import builds its next batch meanwhile. A write that failed stays failed for the rest of its
    // transaction, so that nothing can be committed over it, whoever caught the first error.
    private Task _bulkWrite = Task.CompletedTask;
    private Guid? _bulkWriteTransaction;

    // The audit chain's end after the last batch, and the transaction that holds the chain's lock meanwhile
    // (EF Core's id for it: Npgsql reuses its transaction objects): later batches of that transaction go on
    // from it without reading it back. Any other save extending the chain, and any failed write, forgets it.
    private (Guid Transaction, AuditChainEnd End)? _bulkChainEnd;

    /// <summary>
    /// Saves what is tracked, in bulk when every change is an addition. Needs the caller's transaction: the
    /// keys are handed out under its write lock. Anything else (an update, a removal, no transaction) takes
    /// the ordinary <see cref="SaveChangesAsync(bool, CancellationToken)"/>, so the result is the same either way.
    /// Leaves the tracker empty.
    /// <para>
    /// On PostgreSQL the rows are written in the background: this returns once their keys are given and their
    /// values read, so the caller builds its next batch on one core while the database writes this one on the
    /// other. Every later command, save, savepoint, commit and dispose of this context waits for the write
    /// first, and a write that failed fails every command and commit of its transaction
    /// (<see cref="BulkWriteBarrier"/>): nothing can be committed over a batch that was not written. Disposing
    /// a transaction is the one step EF Core lets no one see, so the caller waits with
    /// <see cref="BulkWriteEndedAsync"/> before it lets go of its transaction. SQLite writes at once: its
    /// connection keeps a list of its commands that two threads may not change together, and the import's
    /// rows may query meanwhile.
    /// </para>
    /// </summary>
    public async Task SaveAddedInBulkAsync(CancellationToken ct)
    {
        var changed = ChangeTracker.Entries().Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached)).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (Database.CurrentTransaction is null || changed.Any(e => e.State != EntityState.Added))
        {
            await SaveChangesAsync(ct); // it waits for a write in flight first
            ChangeTracker.Clear();
            return;
        }

        // Entries() has just detected the changes; each later call would scan every entry again.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await WriteAddedAsync(changed, ct);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Waits until the batch being written in the background, if any, is written. If it failed, with
    /// <paramref name="rethrow"/> its error is thrown here, and again at every call while its transaction is
    /// the context's; without, the failure is only waited for and let go of, as before a rollback, when the
    /// connection must be free again and an error is already on its way.
    /// </summary>
    public async Task BulkWriteEndedAsync(bool rethrow)
    {
        var write = _bulkWrite;
        if (write.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            await write;
        }
        catch
        {
            _bulkChainEnd = null; // its audit entries may not have been written
            if (rethrow && Database.CurrentTransaction?.TransactionId == _bulkWriteTransaction)
            {
                throw;
            }

            // Rolled back, or its transaction is gone: the failure no longer stands between anyone and a commit.
            _bulkWrite = Task.CompletedTask;
            return;
        }

        _bulkWrite = Task.CompletedTask;
    }

    /// <summary>Waits until the write in flight, if any, has ended, without throwing or letting go of its failure.</summary>
    internal async Task BulkWriteSettledAsync()
    {
        try
        {
            await _bulkWrite;
        }
        catch
        {
            // Kept for the next command or commit to throw.
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await BulkWriteSettledAsync(); // the connection goes back to the pool only once nothing writes on it
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public override void Dispose()
    {
        BulkWriteSettledAsync().GetAwaiter().GetResult();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Gives the new rows their keys and writes them, principals first, with their audit entries after them:
    /// on PostgreSQL in the background, the entries being chained here meanwhile. Nothing read here is needed
    /// after: the write has its own copy of every value.
    /// </summary>
    private async Task WriteAddedAsync(List<EntityEntry> changed, CancellationToken ct)
    {
        StampRecords();
        var audit = AuditWriter.Capture(ChangeTracker);

        // From here on the connection is used: the previous batch must be written before this one's keys are given.
        await BulkWriteEndedAsync(rethrow: true);
        if (Database.IsSqlite())
        {
            // SQLite's default page cache (2 MB) is soon outgrown by the tables and indexes a long import
            // writes to, and each miss is a read from disk: 64 MB for this connection keeps them in memory.
            await Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", ct);
        }

        var byType = changed.GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (type, entries) in byType)
        {
            await AssignKeysAsync(type, entries, ct);
        }

        var records = PrincipalsFirst(byType.Keys)
            .Select(type => TableRows.Of(type, byType[type], entry => entry.CurrentValues, (values, property) => values[property]))
            .ToList();
        var connection = Database.GetDbConnection();
        var transaction = Database.CurrentTransaction!;
        var dbTransaction = transaction.GetDbTransaction();
        if (!audit.IsEmpty && _bulkChainEnd?.Transaction != transaction.TransactionId)
        {
            // The first batch of this transaction reads the chain's end, and takes its lock until the commit.
            _bulkChainEnd = (transaction.TransactionId, await AuditWriter.EndAsync(this, ct));
        }

        var user = _user?.UserName ?? "system";
        var now = _clock.GetUtcNow().UtcDateTime;
        if (connection is not Npgsql.NpgsqlConnection)
        {
            var entries = audit.IsEmpty ? [] : audit.Chain(this, user, now, _bulkChainEnd!.Value.End);
            await WriteAsync(connection, dbTransaction, [.. records, AuditRows(entries)], ct);
            Extend(transaction.TransactionId, entries);
            return;
        }

        // The background write touches only these rows and the connection, never the tracker. The audit
        // entries are chained meanwhile (were that to fail, the transaction would be rolled back whole) and
        // written after the rows.
        _bulkWriteTransaction = transaction.TransactionId;
        var recordsWritten = Task.Run(() => WriteAsync(connection, dbTransaction, records, ct), CancellationToken.None);
        _bulkWrite = recordsWritten;
        if (audit.IsEmpty)
        {
            return;
        }

        var chained = audit.Chain(this, user, now, _bulkChainEnd!.Value.End);
        var auditRows = AuditRows(chained);
        _bulkWrite = Task.Run(async () =>
        {
            await recordsWritten.ConfigureAwait(false);
            await InsertAsync(connection, dbTransaction, auditRows, ct).ConfigureAwait(false);
        }, CancellationToken.None);
        Extend(transaction.TransactionId, chained);
    }

    private TableRows AuditRows(List<AuditEntry> entries) =>
        TableRows.Of(Model.FindEntityType(typeof(AuditEntry))!, entries, entry => entry, (entry, property) => property.GetGetter().GetClrValueUsingContainingEntity(entry));

    private void Extend(Guid transaction, List<AuditEntry> chained)
    {
        if (chained.Count > 0)
        {
            _bulkChainEnd = (transaction, new AuditChainEnd(chained[^1].Sequence, chained[^1].Hash));
        }
    }

    private static async Task WriteAsync(DbConnection connection, DbTransaction transaction, List<TableRows> tables, CancellationToken ct)
    {
        foreach (var table in tables.Where(t => t.Rows.Count > 0))
        {
            await InsertAsync(connection, transaction, table, ct).ConfigureAwait(false);
        }
    }

    /// <summary>One table's new rows, their values read from the tracker (or the audit entries) in the columns' order.</summary>
    private sealed record TableRows(StoreObjectIdentifier Table, List<(IProperty Property, string? Column, RelationalTypeMapping Mapping)> Columns, List<object?[]> Rows)
    {
        public static TableRows Of<TSource, TValues>(IEntityType type, List<TSource> sources, Func<TSource, TValues> values, Func<TValues, IProperty, object?> valueOf)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties()
                .Select(p => (Property: p, Column: p.GetColumnName(table), Mapping: p.GetRelationalTypeMapping()))
                .Where(c => c.Column is not null && c.Property.GetComputedColumnSql(table) is null)
                .ToList();
            var rows = new List<object?[]>(sources.Count);
            foreach (var source in sources)
            {
                var read = values(source);
                var row = new object?[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    row[c] = valueOf(read, columns[c].Property);
                }

                rows.Add(row);
            }

            return new TableRows(table, columns, rows);
        }
    }

    /// <summary>
    /// Gives each new row of a table with a database-generated key its key before the insert, so that its
    /// child rows and audit entries can name it: EF Core carries the key over to the children it tracks.
    /// </summary>
    private async Task AssignKeysAsync(IEntityType type, List<EntityEntry> entries, CancellationToken ct)
    {
        var key = type.FindPrimaryKey()!.Properties;
        if (key.Count != 1 || key[0].ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd || key[0].ClrType != typeof(int))
        {
            return;
        }

        var table = type.GetTableName()!;
        var column = key[0].GetColumnName();
        var needing = entries.Where(e => e.Property(key[0].Name).IsTemporary || e.Property(key[0].Name).CurrentValue is 0).ToList();
        if (needing.Count == 0)
        {
            return;
        }

        var ids = new List<int>(needing.Count);
        var connection = Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = Database.CurrentTransaction!.GetDbTransaction();
        if (Database.IsNpgsql())
        {
            // The identity column's own sequence: other writers keep taking numbers from it meanwhile.
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', '{column}'))::int FROM generate_series(1, {needing.Count})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt32(0));
            }
        }
        else
        {
            // SQLite: Microsoft.Data.Sqlite begins a transaction IMMEDIATE, so no one else writes until it ends
            // (were another writer to slip in, its key would clash with ours and the import would roll back whole).
            // AUTOINCREMENT keeps the highest key ever given in sqlite_sequence, so a removed record's key is not given again.
            command.CommandText = $"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), coalesce((SELECT max(\"{column}\") FROM \"{table}\"), 0))";
            var highest = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            ids.AddRange(Enumerable.Range(highest + 1, needing.Count));
        }

        for (var i = 0; i < needing.Count; i++)
        {
            needing[i].Property(key[0].Name).CurrentValue = ids[i];
        }
    }

    /// <summary>Writes the rows of one table, many to a statement, binding each value as EF Core would.</summary>
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, TableRows rows, CancellationToken ct)
    {
        var (table, columns) = (rows.Table, rows.Columns);
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.Column}\""));
        if (connection is Npgsql.NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, $"COPY \"{table.Name}\" ({columnList}) FROM STDIN (FORMAT BINARY)", columns, rows.Rows, ct);
            return;
        }

        // SQLite: one statement of many rows, prepared once and run again with new values for each run of
        // rows; a shorter one for the rest. Parameters are made by the columns' own type mappings, and each
        // value converted by the mapping's converter, as EF Core does when it binds a value.
        var rowsPerStatement = Math.Max(1, MaxSqliteParameters / columns.Count);
        var statements = new Dictionary<int, DbCommand>();
        try
        {
            for (var first = 0; first < rows.Rows.Count; first += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Rows.Count - first);
                if (!statements.TryGetValue(count, out var command))
                {
                    command = statements[count] = Statement(connection, transaction, $"INSERT INTO \"{table.Name}\" ({columnList}) VALUES ", columns, count);
                }

                for (var r = 0; r < count; r++)
                {
                    var row = rows.Rows[first + r];
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = row[c];
                        if (value is not null && columns[c].Mapping.Converter is { } converter)
                        {
                            value = converter.ConvertToProvider(value);
                        }

                        command.Parameters[(r * columns.Count) + c].Value = value ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            foreach (var command in statements.Values)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static DbCommand Statement(DbConnection connection, DbTransaction transaction, string head, List<(IProperty Property, string? Column, RelationalTypeMapping Mapping)> columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(head, head.Length + (rows * columns.Count * 8));
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = $"@p{(r * columns.Count) + c}";
                sql.Append(c == 0 ? name : ", " + name);
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, null, columns[c].Property.IsNullable));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>
    /// PostgreSQL's own bulk path: rows streamed in its binary format, each value converted as EF Core would
    /// and sent as the column's type. Row triggers (the search index) fire as for an INSERT.
    /// </summary>
    private static async Task CopyAsync(Npgsql.NpgsqlConnection connection, string copy, List<(IProperty Property, string? Column, RelationalTypeMapping Mapping)> columns,
        List<object?[]> rows, CancellationToken ct)
    {
        // Npgsql's EF Core mappings say which PostgreSQL type they write (a type of the provider's Internal
        // namespace, so an upgrade may move it: the import tests on PostgreSQL would fail at once); the others
        // are named by their store type ("character varying", "timestamp with time zone").
        var types = columns.Select(c => c.Mapping is Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.Mapping.NpgsqlTypeMapping npgsql
            ? (Type: (NpgsqlTypes.NpgsqlDbType?)npgsql.NpgsqlDbType, Name: (string?)null)
            : (Type: null, Name: c.Mapping.StoreTypeNameBase)).ToList();
        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var c = 0; c < columns.Count; c++)
            {
                var value = row[c];
                if (value is not null && columns[c].Mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await writer.WriteNullAsync(ct);
                }
                else if (types[c].Type is { } npgsqlType)
                {
                    await writer.WriteAsync(value, npgsqlType, ct);
                }
                else
                {
                    await writer.WriteAsync(value, types[c].Name!, ct);
                }
            }
        }

        await writer.CompleteAsync(ct);
    }

    /// <summary>Orders the tables so that a row is written after the rows its foreign keys point to.</summary>
    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var pending = types.ToList();
        var ordered = new List<IEntityType>(pending.Count);
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => !t.GetForeignKeys().Any(fk => fk.PrincipalEntityType != t && pending.Contains(fk.PrincipalEntityType)))
                ?? pending[0]; // a cycle: foreign keys would refuse it, and the error says which
            ordered.Add(next);
            pending.Remove(next);
        }

        return ordered;
    }
}

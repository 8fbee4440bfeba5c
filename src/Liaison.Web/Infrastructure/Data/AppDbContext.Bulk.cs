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

    /// <summary>
    /// Saves what is tracked, in bulk when every change is an addition. Needs the caller's transaction: the
    /// keys are handed out under its write lock. Anything else (an update, a removal, no transaction) takes
    /// the ordinary <see cref="SaveChangesAsync(bool, CancellationToken)"/>, so the result is the same either way.
    /// Leaves the tracker empty.
    /// </summary>
    public async Task SaveAddedInBulkAsync(CancellationToken ct)
    {
        var changed = ChangeTracker.Entries().Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached)).ToList();
        if (Database.CurrentTransaction is null || changed.Any(e => e.State != EntityState.Added))
        {
            await SaveChangesAsync(ct);
            ChangeTracker.Clear();
            return;
        }

        // Entries() has just detected the changes; each later call would scan every entry again.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await InsertAddedAsync(changed, ct);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            ChangeTracker.Clear();
        }
    }

    private async Task InsertAddedAsync(List<EntityEntry> changed, CancellationToken ct)
    {
        if (Database.IsSqlite())
        {
            // SQLite's default page cache (2 MB) is soon outgrown by the tables and indexes a long import
            // writes to, and each miss is a read from disk: 64 MB for this connection keeps them in memory.
            await Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", ct);
        }

        StampRecords();
        var audit = AuditWriter.Capture(ChangeTracker);
        var byType = changed.GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (type, entries) in byType)
        {
            await AssignKeysAsync(type, entries, ct);
        }

        foreach (var type in PrincipalsFirst(byType.Keys))
        {
            var entries = byType[type];
            await InsertAsync(type, entries.Count, (row, property) => entries[row].Property(property).CurrentValue, ct);
        }

        if (!audit.IsEmpty)
        {
            var entries = await audit.ChainAsync(this, _user?.UserName ?? "system", _clock.GetUtcNow().UtcDateTime, ct);
            var type = Model.FindEntityType(typeof(AuditEntry))!;
            await InsertAsync(type, entries.Count, (row, property) => property.GetGetter().GetClrValueUsingContainingEntity(entries[row]), ct);
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
    private async Task InsertAsync(IEntityType type, int rows, Func<int, IProperty, object?> valueOf, CancellationToken ct)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table), Mapping: p.GetRelationalTypeMapping()))
            .Where(c => c.Column is not null && c.Property.GetComputedColumnSql(table) is null)
            .ToList();
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.Column}\""));
        if (Database.GetDbConnection() is Npgsql.NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, $"COPY \"{table.Name}\" ({columnList}) FROM STDIN (FORMAT BINARY)", columns, rows, valueOf, ct);
            return;
        }

        // SQLite: one statement of many rows, prepared once and run again with new values for each run of
        // rows; a shorter one for the rest. Parameters are made by the columns' own type mappings, and each
        // value converted by the mapping's converter, as EF Core does when it binds a value.
        var rowsPerStatement = Math.Max(1, MaxSqliteParameters / columns.Count);
        var statements = new Dictionary<int, DbCommand>();
        try
        {
            for (var first = 0; first < rows; first += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows - first);
                if (!statements.TryGetValue(count, out var command))
                {
                    command = statements[count] = Statement($"INSERT INTO \"{table.Name}\" ({columnList}) VALUES ", columns, count);
                }

                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = valueOf(first + r, columns[c].Property);
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

    private DbCommand Statement(string head, List<(IProperty Property, string? Column, RelationalTypeMapping Mapping)> columns, int rows)
    {
        var command = Database.GetDbConnection().CreateCommand();
        command.Transaction = Database.CurrentTransaction!.GetDbTransaction();
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
        int rows, Func<int, IProperty, object?> valueOf, CancellationToken ct)
    {
        // Npgsql's EF Core mappings say which PostgreSQL type they write (a type of the provider's Internal
        // namespace, so an upgrade may move it: the import tests on PostgreSQL would fail at once); the others
        // are named by their store type ("character varying", "timestamp with time zone").
        var types = columns.Select(c => c.Mapping is Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.Mapping.NpgsqlTypeMapping npgsql
            ? (Type: (NpgsqlTypes.NpgsqlDbType?)npgsql.NpgsqlDbType, Name: (string?)null)
            : (Type: null, Name: c.Mapping.StoreTypeNameBase)).ToList();
        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        for (var r = 0; r < rows; r++)
        {
            await writer.StartRowAsync(ct);
            for (var c = 0; c < columns.Count; c++)
            {
                var value = valueOf(r, columns[c].Property);
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

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Liaison.Benchmarks;

/// <summary>The database a benchmark runs on: one per engine and scale, kept between runs (generating it takes minutes).</summary>
public sealed record BenchmarkDatabase(string Engine, string ConnectionString)
{
    public bool IsPostgres => Engine == "postgres";

    public string Provider => IsPostgres ? "Postgres" : "Sqlite";

    public static BenchmarkDatabase For(string engine, double scale, string postgresServer, string folder)
    {
        var name = $"liaison_bench_{scale.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture).Replace('.', '_')}";
        return engine == "postgres"
            ? new BenchmarkDatabase(engine, $"{postgresServer};Database={name}")
            : new BenchmarkDatabase(engine, $"Data Source={Path.Combine(folder, name + ".db")}");
    }

    public DbConnection Open()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Whether the database exists and already holds a generated dataset.</summary>
    public bool HasDataset()
    {
        if (!IsPostgres && !File.Exists(new SqliteConnectionStringBuilder(ConnectionString).DataSource))
        {
            return false;
        }

        try
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"Delegations\" WHERE \"CreatedBy\" = 'generator'";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (DbException)
        {
            return false; // no such database or table yet
        }
    }

    /// <summary>Rows in the tables the dataset fills, for the results page.</summary>
    public IReadOnlyList<(string Table, long Rows)> Sizes()
    {
        string[] tables = ["Partners", "Delegations", "DelegationCountry", "Activities", "Agreements", "AidProjects", "AidTransaction", "AuditEntries"];
        using var connection = Open();
        return tables.Select(table =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return (table, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
    }

    public string Version()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = IsPostgres ? "SHOW server_version" : "SELECT sqlite_version()";
        return $"{(IsPostgres ? "PostgreSQL" : "SQLite")} {command.ExecuteScalar()}";
    }

    /// <summary>Runs a query and reads every row and column, as an application reading the answer would.</summary>
    public static async Task<long> ReadAllAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        long cells = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            cells += reader.GetValues(values);
        }

        return cells;
    }
}

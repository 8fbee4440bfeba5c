using Liaison.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Liaison.Web.Tests.Features.Demo;

/// <summary>
/// The benchmark's national dataset generator, run as the operator runs it (the executable's generate-national
/// command) on small scales: the same seed gives the same records, the scale sets the counts, and it refuses a
/// database that holds real records.
/// </summary>
public sealed class GenerateNationalDatasetTests(SqliteApp app) : AppTests(app)
{
    /// <summary>The smallest scale that still gives each of the 34 provinces an aid project, so its transactions are counted.</summary>
    private const string Scale = "0.0012";

    [Fact]
    public async Task TheSameSeed_GivesTheSameRecords_TheScaleSetsTheirNumber_AndOneRealRecordInAnyRegisterIsRefused()
    {
        var first = await GenerateAsync(scale: Scale, seed: "11", keep: false);
        var other = await GenerateAsync(scale: Scale, seed: "12", keep: false);
        var again = await GenerateAsync(scale: Scale, seed: "11", keep: true);
        try
        {
            Assert.Equal(first.Digest, again.Digest);
            Assert.NotEqual(first.Digest, other.Digest);
            // 400,000 delegations, 600,000 activities and 30,000 aid projects at scale 1, shared evenly among the 34
            // provinces: the smallest scale that still gives each province an aid project, so its transactions are counted.
            Assert.Equal((34 * 14, 34 * 21, 34), (first.Delegations, first.Activities, first.AidProjects));
            Assert.True(first.Transactions == first.AidProjects * 10, $"{first.Transactions} transactions for {first.AidProjects} projects");
            Assert.True(first.Audited >= first.Delegations + first.Activities, "every generated record has its audit entry, as a person's save would");

            // One activity that is not demo data, in a register other than partners and delegations, is enough to refuse.
            await using (var connection = new SqliteConnection(again.ConnectionString))
            {
                await connection.OpenAsync(Ct);
                await using var real = connection.CreateCommand();
                real.CommandText = "UPDATE \"Activities\" SET \"IsDemo\" = 0 WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"Activities\")";
                Assert.Equal(1, await real.ExecuteNonQueryAsync(Ct));
            }

            var (exitCode, output) = await RunAsync(again.ConnectionString, Scale, "11");
            Assert.NotEqual(0, exitCode);
            Assert.Contains("not demo data (Activities)", output, StringComparison.Ordinal);
        }
        finally
        {
            Delete(again.ConnectionString);
        }
    }

    [Fact]
    public async Task ADatabaseWithRealRecords_IsRefused_AndLeftAsItWas()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        await TestData.CreatePartnerAsync(officer);

        var (exitCode, output) = await RunAsync(App.ConnectionString, Scale, "11");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("records that are not demo data", output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection(App.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Delegations\" WHERE \"CreatedBy\" = 'generator'";
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync(Ct))!);
    }

    private sealed record Generated(string ConnectionString, string Digest, long Delegations, long Activities, long AidProjects, long Transactions, long Audited);

    private static async Task<Generated> GenerateAsync(string scale, string seed, bool keep)
    {
        var path = Path.Combine(Path.GetTempPath(), $"liaison-generated-{Guid.NewGuid():N}.db");
        try
        {
            var connectionString = $"Data Source={path}";
            var (exitCode, output) = await RunAsync(connectionString, scale, seed);
            Assert.True(exitCode == 0, output);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(Ct);
            async Task<long> Count(string table)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                return (long)(await command.ExecuteScalarAsync(Ct))!;
            }

            // Every field the generator chooses, in key order: the same seed must choose them all alike.
            await using var read = connection.CreateCommand();
            read.CommandText = """
                SELECT d."ProvinceId", d."Direction", d."Title", d."StartDate", d."EndDate", d."HeadName", d."MemberCount", d."Status", group_concat(c."CountryCode")
                FROM "Delegations" d JOIN "DelegationCountry" c ON c."DelegationId" = d."Id" GROUP BY d."Id" ORDER BY d."Id"
                """;
            await using var reader = await read.ExecuteReaderAsync(Ct);
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes(reader.GetValue(i).ToString() + "\u001f"));
                }
            }

            return new Generated(connectionString, Convert.ToHexString(hash.GetHashAndReset()), await Count("Delegations"), await Count("Activities"), await Count("AidProjects"), await Count("AidTransaction"), await Count("AuditEntries"));
        }
        finally
        {
            if (!keep)
            {
                Delete($"Data Source={path}");
            }
        }
    }

    private static void Delete(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string connectionString, string scale, string seed) =>
        LiaisonApp.RunExecutableAsync(Engine.Sqlite, connectionString, new Dictionary<string, string> { ["Generator:Password"] = LiaisonApp.Password },
            "generate-national", "--scale", scale, "--seed", seed);
}

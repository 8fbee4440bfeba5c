using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Liaison.Benchmarks;

/// <summary>
/// A 100,000-row delegation register uploaded, checked and imported through the API, timed from the upload to the
/// import's end; and its floor, the same rows inserted by two hand-written statements (records and their 150,000 countries,
/// search index triggers firing) in a transaction that is rolled back. The floor writes no audit entries: the
/// application writes one per record, hash-chained, which is part of what it adds.
/// </summary>
public static class ImportBenchmark
{
    public const int Rows = 100_000;

    public static async Task<(TimeSpan Took, double PeakMegabytes)> RunAsync(HttpClient officer, AppProcess app)
    {
        var path = Path.Combine(Path.GetTempPath(), $"liaison-bench-{Guid.NewGuid():N}.csv");
        await WriteRegisterAsync(path);
        try
        {
            var watch = Stopwatch.StartNew();
            await using var file = File.OpenRead(path);
            using var form = new MultipartFormDataContent { { new StreamContent(file), "file", "register.csv" }, { new StringContent("delegations"), "recordType" } };
            var upload = await officer.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
            if (upload.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Upload refused: {await upload.Content.ReadAsStringAsync()}");
            }

            var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            await Expect(await officer.PostAsync(new Uri($"/api/imports/{id}/check", UriKind.Relative), null), "created", Rows);
            await Expect(await officer.PostAsync(new Uri($"/api/imports/{id}/commit", UriKind.Relative), null), "created", Rows);
            return (watch.Elapsed, app.PeakMemoryMegabytes());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task Expect(HttpResponseMessage response, string property, int value)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || JsonDocument.Parse(body).RootElement.GetProperty(property).GetInt32() != value)
        {
            throw new InvalidOperationException($"The import did not take every row: {body[..Math.Min(body.Length, 500)]}");
        }
    }

    /// <summary>The same register the import's own test reads: ten columns, one or two countries a row.</summary>
    private static async Task WriteRegisterAsync(string path)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("Direction,Title,Purpose,Start date,End date,Level,Members,Countries,Funding source,Status");
        var first = new DateOnly(2001, 1, 1);
        for (var i = 0; i < Rows; i++)
        {
            var day = first.AddDays(i % 9_000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await writer.WriteLineAsync($"{(i % 3 == 0 ? "Outbound" : "Inbound")},Imported register row {i},Work,{day},{day},Local,{1 + (i % 40)},{(i % 2 == 0 ? "KR" : "LA; CN")},Inviting side,Completed");
        }
    }

    public static async Task<TimeSpan> FloorAsync(BenchmarkDatabase database, int provinceId)
    {
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Delegations\"";
        var before = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        command.Transaction = transaction;
        command.CommandTimeout = 600;
        command.CommandText = database.IsPostgres
            ? $"""
              INSERT INTO "Delegations" ("ProvinceId", "IsDemo", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "SearchText", "Direction", "Title", "Purpose", "StartDate", "EndDate", "Level", "MemberCount", "FundingSource", "Status")
              SELECT {provinceId}, false, 1, now(), 'floor', now(), 'imported register row ' || i || ' work local', CASE WHEN i % 3 = 0 THEN 'Outbound' ELSE 'Inbound' END, 'Imported register row ' || i,
                  'Work', DATE '2001-01-01' + (i % 9000), DATE '2001-01-01' + (i % 9000), 'Local', 1 + i % 40, 'InvitingSide', 'Completed' FROM generate_series(0, {Rows - 1}) i;
              INSERT INTO "DelegationCountry" ("DelegationId", "CountryCode") SELECT "Id", 'KR' FROM "Delegations" WHERE "Id" > {before} AND "Id" % 2 = 1
              UNION ALL SELECT "Id", c FROM "Delegations", (SELECT 'LA' AS c UNION ALL SELECT 'CN') x WHERE "Id" > {before} AND "Id" % 2 = 0;
              """
            : $"""
              WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows - 1})
              INSERT INTO "Delegations" ("ProvinceId", "IsDemo", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "SearchText", "Direction", "Title", "Purpose", "StartDate", "EndDate", "Level", "MemberCount", "FundingSource", "Status")
              SELECT {provinceId}, 0, 1, datetime('now'), 'floor', datetime('now'), 'imported register row ' || i || ' work local', CASE WHEN i % 3 = 0 THEN 'Outbound' ELSE 'Inbound' END, 'Imported register row ' || i,
                  'Work', date('2001-01-01', '+' || (i % 9000) || ' days'), date('2001-01-01', '+' || (i % 9000) || ' days'), 'Local', 1 + i % 40, 'InvitingSide', 'Completed' FROM n;
              INSERT INTO "DelegationCountry" ("DelegationId", "CountryCode") SELECT "Id", 'KR' FROM "Delegations" WHERE "Id" > {before} AND "Id" % 2 = 1
              UNION ALL SELECT "Id", c FROM "Delegations", (SELECT 'LA' AS c UNION ALL SELECT 'CN') x WHERE "Id" > {before} AND "Id" % 2 = 0;
              """;
        var watch = Stopwatch.StartNew();
        await command.ExecuteNonQueryAsync();
        var took = watch.Elapsed;
        await transaction.RollbackAsync();
        return took;
    }
}

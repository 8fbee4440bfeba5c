using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Import;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Browser;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Import;

/// <summary>
/// A register of 100,000 delegations, in its own database so that no other test reads past it: uploaded,
/// checked and imported whole. How long it takes is written down in docs/benchmarks.md, not asserted here;
/// the test shows that every row arrives, once. It runs on SQLite only, to keep the suite's time in bounds:
/// both engines run the same code, and the other import tests cover PostgreSQL.
/// </summary>
public abstract class LargeImportTests(LiaisonApp app) : AppTests(app)
{
    /// <summary>100,000, or LIAISON_IMPORT_ROWS when set (to try the import at another size).</summary>
    public static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("LIAISON_IMPORT_ROWS"), out var n) ? n : 100_000;

    [Fact]
    public async Task AHundredThousandRowFile_IsCheckedAndImportedWhole()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Bulk");
        var path = Path.Combine(Path.GetTempPath(), $"bulk-{Guid.NewGuid():N}.csv");
        await WriteRegisterAsync(path, marker, Rows);
        var clock = Stopwatch.StartNew();

        await using var file = File.OpenRead(path);
        var upload = await officer.PostAsync("/api/imports", new MultipartFormDataContent
        {
            { new StreamContent(file), "file", "bulk.csv" },
            { new StringContent("delegations"), "recordType" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var job = await ReadAsync<ImportView>(upload);
        var uploaded = clock.Elapsed;
        var check = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct));
        var checkedAt = clock.Elapsed;
        var done = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct));
        var importedAt = clock.Elapsed;
        var listed = await ReadAsync<Paged<DelegationRow>>(await officer.GetAsync($"/api/delegations?q={Uri.EscapeDataString(marker)}&pageSize=1", Ct));
        File.Delete(path);

        // The figures for docs/benchmarks.md: a timed test would fail on a busy machine, so they are written down, not asserted.
        var figures = $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} {App.Engine}, {Rows} rows: upload {uploaded.TotalSeconds:0.0} s, dry run {(checkedAt - uploaded).TotalSeconds:0.0} s, import {(importedAt - checkedAt).TotalSeconds:0.0} s";
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        Directory.CreateDirectory(BrowserSession.Artifacts);
        await File.AppendAllTextAsync(Path.Combine(BrowserSession.Artifacts, "large-import.txt"), figures + Environment.NewLine, Ct);
        Assert.Equal(Rows, job.RowCount);
        Assert.Equal((Rows, 0), (check.Created, check.ErrorCount));
        Assert.Equal((true, Rows), (done.Applied, done.Created));
        Assert.Equal(Rows, listed.Total);
    }

    /// <summary>Writes the register row by row, as the import reads it.</summary>
    public static async Task WriteRegisterAsync(string path, string marker, int rows)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("Direction,Title,Purpose,Start date,End date,Level,Members,Countries,Funding source,Status");
        var first = new DateOnly(2001, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var day = first.AddDays(i % 9_000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await writer.WriteLineAsync($"{(i % 3 == 0 ? "Outbound" : "Inbound")},{marker} {i},Work,{day},{day},Local,{1 + (i % 40)},{(i % 2 == 0 ? "KR" : "LA; CN")},Inviting side,Completed");
        }
    }
}

/// <summary>An application with a database of its own, for the large import; its clients wait as long as a shared CI machine may need.</summary>
public sealed class LargeSqliteApp() : LiaisonApp(Engine.Sqlite, demo: false)
{
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.Timeout = TimeSpan.FromMinutes(10);
    }
}

public sealed class LargeImportTests_Sqlite(LargeSqliteApp app) : LargeImportTests(app), IClassFixture<LargeSqliteApp>;

/// <summary>The same on PostgreSQL, in a database of its own: the production engine, where the import copies rather than inserts.</summary>
public sealed class LargePostgresApp() : LiaisonApp(Engine.Postgres, demo: false)
{
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.Timeout = TimeSpan.FromMinutes(10);
    }
}

public sealed class LargeImportTests_Postgres(LargePostgresApp app) : LargeImportTests(app), IClassFixture<LargePostgresApp>;

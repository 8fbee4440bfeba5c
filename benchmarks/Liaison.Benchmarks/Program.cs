using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using Liaison.Benchmarks;
using Liaison.Web.Features.Demo;

// The national-scale benchmark (issue 9). For each engine: builds the national dataset once (kept between runs),
// measures the application's cold start, reports, list, export, search, a 100,000-row import and the API under
// load, each beside its floor measured in the same run, and writes a Markdown table (docs/benchmarks.md says how).
//
//   dotnet run -c Release --project benchmarks/Liaison.Benchmarks -- --engine postgres --scale 1
//
// Options: --engine postgres|sqlite|both (both), --scale (1 = national size), --runs (30), --warmup (5),
// --load-seconds (30), --skip-load, --skip-import, --postgres "<server connection string, no database>",
// --app <a published Liaison.Web.dll> (the deployment's build; the one built beside the runner otherwise).
var options = Options.Parse(args);
AppProcess.Executable = options.App ?? AppProcess.Executable;
var root = FindRepository();
var folder = Path.Combine(root, "artifacts", "benchmarks");
Directory.CreateDirectory(folder);
var password = Environment.GetEnvironmentVariable("LIAISON_BENCH_PASSWORD") is { Length: > 0 } given ? given : LocalPassword(folder);
var invariant = CultureInfo.InvariantCulture;

foreach (var engine in options.Engines)
{
    var output = new StringBuilder();
    void Line(string text)
    {
        Console.WriteLine(text);
        output.AppendLine(text);
    }

    var database = BenchmarkDatabase.For(engine, options.Scale, options.Postgres, folder);
    var generated = "kept from an earlier run";
    if (!database.HasDataset())
    {
        Console.WriteLine($"Generating the dataset at scale {options.Scale} on {engine}…");
        var watch = Stopwatch.StartNew();
        var printed = await AppProcess.RunCommandAsync(database, Generating(password), "generate-national", "--scale", options.Scale.ToString(invariant), "--seed", "2026");
        generated = $"{watch.Elapsed.TotalSeconds:0} s for the whole command ({printed.Split('\n').Last(l => l.StartsWith("Generated in", StringComparison.Ordinal)).Trim()})";
    }

    Line($"## {database.Version()}, scale {options.Scale}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    Line(string.Empty);
    Line($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}. Dataset: {string.Join(", ", database.Sizes().Select(s => $"{s.Rows:N0} {s.Table}"))}. Generated: {generated}.");
    Line(string.Empty);

    // Cold start: the process started three times on the existing database, to its first healthy answer.
    var starts = new List<double>();
    for (var i = 0; i < 3; i++)
    {
        await using var cold = await AppProcess.StartAsync(database);
        starts.Add(cold.StartedIn.TotalMilliseconds);
    }

    starts.Sort();
    await using var app = await AppProcess.StartAsync(database);
    var officerCookies = new CookieContainer();
    var ministryCookies = new CookieContainer();
    using var officer = await SignInAsync(app, officerCookies, GenerateNationalDatasetHandler.OfficerEmail, password);
    using var ministry = await SignInAsync(app, ministryCookies, GenerateNationalDatasetHandler.MinistryEmail, password);
    await using var connection = database.Open();
    var province = ProvinceId(connection, GenerateNationalDatasetHandler.OfficerProvince);
    object Day(string iso) => database.IsPostgres ? DateOnly.Parse(iso, invariant) : iso;

    Line("| measure | Liaison, median / p95 | floor (hand-written SQL), median / p95 | ratio of medians | target |");
    Line("|---|---|---|---|---|");
    Line($"| cold start with the existing database (process start to first healthy answer, 3 starts) | {Timing.Format(starts[1])} (median) | | | under 3 s |");

    async Task Measure(string name, string target, Func<Task> application, Func<Task> floor)
    {
        var ours = await Timing.MeasureAsync(application, options.Warmup, options.Runs);
        var theirs = await Timing.MeasureAsync(floor, options.Warmup, options.Runs);
        Line($"| {name} | {ours} | {theirs} | {ours.Median / theirs.Median:0.0}x | {target} |");
    }

    async Task Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
    }

    Task Floor(string sql, params (string, object)[] parameters) => BenchmarkDatabase.ReadAllAsync(connection, sql, parameters);

    await Measure("province report, 5 years (Lao Cai, 2021–2025)", "within 2x of the floor and under 200 ms",
        () => Get(officer, "/api/reports?from=2021-01-01&to=2025-12-31"),
        () => Floor(Floors.Report(database.IsPostgres, province), ("from", Day("2021-01-01")), ("to", Day("2025-12-31")), ("previous", Day("2016-01-01"))));
    await Measure("national report, 25 years (34 provinces, 2001–2025)", "under 2 s on PostgreSQL",
        () => Get(ministry, "/api/reports?from=2001-01-01&to=2025-12-31"),
        () => Floor(Floors.Report(database.IsPostgres, null), ("from", Day("2001-01-01")), ("to", Day("2025-12-31")), ("previous", Day("1976-01-01"))));
    (string, object)[] listFilter = [("country", "CN"), ("from", Day("2021-01-01")), ("to", Day("2025-12-31"))];
    await Measure("delegations list, national: China, 2021–2025, newest first, page 1", "p95 under 100 ms",
        () => Get(ministry, "/api/delegations?country=CN&from=2021-01-01&to=2025-12-31"),
        () => Floor(Floors.ListPage, listFilter));
    await Measure("the same list's CSV export, every row", "",
        () => Get(ministry, "/api/delegations/export.csv?country=CN&from=2021-01-01&to=2025-12-31"),
        () => Floor(Floors.Export(database.IsPostgres), listFilter));
    await Measure("search box: \"nguyen van hung\" typed without diacritics (a province's officer)", "p95 under 100 ms",
        () => Get(officer, "/api/search?q=nguyen%20van%20hung"),
        () => Floor(Floors.Search(database.IsPostgres, province), ("words", Floors.SearchWords(database.IsPostgres, ["nguyen", "van", "hung"]))));

    if (!options.SkipImport)
    {
        // On a small database of its own, regenerated each run, so that the national dataset stays as generated.
        var scratch = BenchmarkDatabase.For(engine, 0.001, options.Postgres, folder);
        await DropAsync(scratch, options.Postgres);
        await AppProcess.RunCommandAsync(scratch, Generating(password), "generate-national", "--scale", "0.001", "--seed", "2026");
        TimeSpan importFloor;
        (TimeSpan Took, double PeakMegabytes) imported;
        await using (var importApp = await AppProcess.StartAsync(scratch))
        {
            using var importer = await SignInAsync(importApp, new CookieContainer(), GenerateNationalDatasetHandler.OfficerEmail, password);
            imported = await ImportBenchmark.RunAsync(importer, importApp);
            await using var scratchConnection = scratch.Open();
            importFloor = await ImportBenchmark.FloorAsync(scratch, ProvinceId(scratchConnection, GenerateNationalDatasetHandler.OfficerProvince));
        }

        Line($"| import of a 100,000-row spreadsheet (upload, check, import; peak memory {imported.PeakMegabytes:0} MB) | {imported.Took.TotalSeconds:0.0} s (one run) | {importFloor.TotalSeconds:0.0} s (two INSERT … SELECT, rolled back) | {imported.Took / importFloor:0.0}x | under 30 s, memory flat |");
    }

    if (!options.SkipLoad)
    {
        // A process of its own, so that its peak memory is the load test's, not the national report's before it.
        await using var loaded = await AppProcess.StartAsync(database);
        var loadCookies = new CookieContainer();
        using var loadOfficer = await SignInAsync(loaded, loadCookies, GenerateNationalDatasetHandler.OfficerEmail, password);
        var url = new Uri(loaded.BaseAddress, "/api/delegations");
        var cookie = loadCookies.GetCookieHeader(loaded.BaseAddress);
        var body = await loadOfficer.GetByteArrayAsync(url);
        var load = await LoadTest.RunAsync(url, cookie, options.LoadSeconds);
        var peak = loaded.PeakMemoryMegabytes();
        var port = AppProcess.FreePort();
        await using var staticServer = await LoadTest.StartStaticServerAsync(body, port);
        var floor = await LoadTest.RunAsync(new Uri($"http://127.0.0.1:{port}/api/delegations"), cookie, options.LoadSeconds);
        Line($"| API under load: GET /api/delegations (a province's first page, {body.Length:N0} bytes), wrk 32 connections, {options.LoadSeconds} s; peak memory {peak:0} MB | {load} | {floor} (the same bytes from a static server) | {floor.RequestsPerSecond / load.RequestsPerSecond:0.0}x fewer req/s | ≥ 1,000 req/s, p99 under 100 ms, under 400 MB |");
    }

    var file = Path.Combine(folder, $"results-{engine}-{options.Scale.ToString(invariant)}.md");
    await File.WriteAllTextAsync(file, output.ToString());
    Console.WriteLine($"Written to {file}");
}

static Dictionary<string, string> Generating(string password) => new()
{
    ["Generator__Password"] = password,
    ["Database__MigrateOnStartup"] = "true",
    ["Logging__LogLevel__Default"] = "Warning",
};

static async Task<HttpClient> SignInAsync(AppProcess app, CookieContainer cookies, string email, string password)
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(10) }; // the import's steps take minutes
    var response = await client.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email, password });
    if (response.StatusCode != HttpStatusCode.NoContent)
    {
        throw new InvalidOperationException($"Sign-in of {email} refused ({(int)response.StatusCode}): was the dataset generated with another password? Set LIAISON_BENCH_PASSWORD.");
    }

    return client;
}

static int ProvinceId(DbConnection connection, string code)
{
    using var command = connection.CreateCommand();
    command.CommandText = $"SELECT \"Id\" FROM \"Provinces\" WHERE \"Code\" = '{code}'";
    return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
}

static async Task DropAsync(BenchmarkDatabase database, string server)
{
    if (database.IsPostgres)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS {new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database} WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
    else
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}

// The benchmark accounts live only in the benchmark databases; their password is made on first use and kept in
// artifacts/ (never committed), or given in LIAISON_BENCH_PASSWORD.
static string LocalPassword(string folder)
{
    var file = Path.Combine(folder, "password.txt");
    if (!File.Exists(file))
    {
        File.WriteAllText(file, "Bench-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(9)));
    }

    return File.ReadAllText(file).Trim();
}

static string FindRepository()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Liaison.slnx")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}

internal sealed record Options(string[] Engines, double Scale, int Runs, int Warmup, int LoadSeconds, bool SkipLoad, bool SkipImport, string Postgres, string? App)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var engine = Value("--engine") ?? "both";
        return new Options(
            engine == "both" ? ["sqlite", "postgres"] : [engine],
            double.Parse(Value("--scale") ?? "1", CultureInfo.InvariantCulture),
            int.Parse(Value("--runs") ?? "30", CultureInfo.InvariantCulture),
            int.Parse(Value("--warmup") ?? "5", CultureInfo.InvariantCulture),
            int.Parse(Value("--load-seconds") ?? "30", CultureInfo.InvariantCulture),
            args.Contains("--skip-load"),
            args.Contains("--skip-import"),
            // The database is on the same machine, so the default connection does without TLS, as a one-machine
            // deployment would (README): over loopback it protects nothing, and it cost 0.3 to 0.5 s of the cold start
            // (the handshake and loading the machine's certificate store) and 10 to 25% of the load test (2026-11-28).
            Value("--postgres") ?? Environment.GetEnvironmentVariable("LIAISON_BENCH_POSTGRES") ?? "Host=127.0.0.1;Username=postgres;Password=postgres;SSL Mode=Disable",
            Value("--app") is { } app ? Path.GetFullPath(app) : null);
    }
}

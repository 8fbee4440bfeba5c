using System.Net.Http.Json;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Provinces;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real application over HTTP, on a database of its own: a temporary SQLite file, or a fresh
/// PostgreSQL database named for this run. Nothing is mocked; the app migrates and seeds as in production.
/// </summary>
public abstract class LiaisonApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-password-2025";
    private const string DemoPassword = "Liaison-demo-2025";
    private readonly string _database = $"liaison_test_{Guid.NewGuid():N}";
    private int _users;

    protected LiaisonApp(Engine engine, bool demo)
    {
        Engine = engine;
        Demo = demo;
    }

    public Engine Engine { get; }

    public bool Demo { get; }

    /// <summary>Why this engine can't be tested here, or null when it can.</summary>
    public string? Unavailable => Engine == Engine.Postgres && TestEnvironment.PostgresConnection is null
        ? "PostgreSQL tests skipped: set LIAISON_TEST_POSTGRES to a connection string (.ci/run does)."
        : null;

    private string SqlitePath => Path.Combine(Path.GetTempPath(), _database + ".db");

    /// <summary>The connection string of this app's own database.</summary>
    public string ConnectionString => Engine == Engine.Sqlite
        ? $"Data Source={SqlitePath}"
        : $"{TestEnvironment.PostgresConnection};Database={_database}";

    /// <summary>
    /// Runs the application's executable with a command (such as "verify-audit") against this app's database,
    /// as an operator would on the server; returns its exit code and what it printed.
    /// </summary>
    public Task<(int ExitCode, string Output)> RunCommandAsync(string command) =>
        RunExecutableAsync(Engine, ConnectionString, new Dictionary<string, string>(), command);

    /// <summary>
    /// Runs the application's executable with arguments against any database of the given engine (a test's own
    /// file, say), with extra settings as environment variables; waits for it, and kills it if the test is cancelled.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunExecutableAsync(Engine engine, string connectionString, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Liaison.Web.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__Provider"] = engine.ToString();
        start.Environment["ConnectionStrings__Liaison"] = connectionString;
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var ct = TestContext.Current.CancellationToken;
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return (process.ExitCode, (await output) + (await error));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // a cancelled run leaves nothing behind
            }
        }
    }

    public ValueTask InitializeAsync()
    {
        TestEnvironment.RequireUnderCi(Unavailable);
        if (Unavailable is null)
        {
            _ = Services; // boots the host: migrations, reference data, demo data
        }

        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Engine.ToString(),
            ["ConnectionStrings:Liaison"] = ConnectionString,
            ["Demo:Enabled"] = Demo ? "true" : "false",
            ["Demo:Password"] = DemoPassword,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Accounts:SessionCheckSeconds"] = "0",
            // Tests sweep for reminders themselves, when they mean to; a timer in every test app would race them.
            ["Reminders:Enabled"] = "false",
            ["Attachments:MaxBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Storage:Root"] = Path.Combine(Path.GetTempPath(), _database + "-files"),
            // Every test signs in from the same address; the real limit is tested on an app of its own.
            ["RateLimits:SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        // Thousands of tests each make and sign in people of their own: at the production cost of a password hash
        // (PBKDF2, 100,000 rounds) that was minutes of the suite's two cores. Tests don't measure the hash's strength.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordHashRounds));
    }

    /// <summary>The password hash's rounds in tests; the application keeps ASP.NET Core Identity's default.</summary>
    public const int TestPasswordHashRounds = 1_000;

    protected virtual int SignInPerMinute => 1_000_000;

    /// <summary>A new officer (or other role) in the given province, with a signed-in client.</summary>
    public async Task<HttpClient> SignInNewUserAsync(string provinceCode, string role = Roles.Officer, string? unit = null) =>
        await SignInAsync(await CreateUserAsync(provinceCode, role, unit), Password);

    /// <summary>A new user who handles border matters (an officer unless told), signed in.</summary>
    public async Task<HttpClient> SignInNewBorderUserAsync(string provinceCode, string role = Roles.Officer) =>
        await SignInAsync(await CreateUserAsync(provinceCode, role, unit: null, handlesBorderMatters: true), Password);

    /// <summary>A new user who handles citizen-protection cases (an officer unless told), signed in.</summary>
    public async Task<HttpClient> SignInNewCaseUserAsync(string provinceCode, string role = Roles.Officer) =>
        await SignInAsync(await CreateUserAsync(provinceCode, role, unit: null, handlesCitizenCases: true), Password);

    /// <summary>A new account with <see cref="Password"/>, not signed in; returns its e-mail address.</summary>
    public async Task<string> CreateUserAsync(string provinceCode, string role = Roles.Officer, string? unit = null, bool handlesBorderMatters = false, bool handlesCitizenCases = false)
    {
        unit ??= role == Roles.UnitContributor ? $"Test unit {Guid.NewGuid():N}" : null;
        var email = $"user{Interlocked.Increment(ref _users)}-{Guid.NewGuid():N}@test.liaison";
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var province = ProvinceCatalog.All.Single(p => p.Code == provinceCode);
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", Role = role, Unit = unit, HandlesBorderMatters = handlesBorderMatters, HandlesCitizenCases = handlesCitizenCases, ProvinceId = role is Roles.MinistryReader or Roles.Administrator ? null : province.Id };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    public Task<HttpClient> SignInDemoAsync(string email) => SignInAsync(email, DemoPassword);

    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientOptions.BaseAddress });
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Engine == Engine.Sqlite)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(SqlitePath + suffix);
            }
        }
        else if (Unavailable is null)
        {
            await using var connection = new Npgsql.NpgsqlConnection(TestEnvironment.PostgresConnection);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp() : LiaisonApp(Engine.Sqlite, demo: false);

public sealed class PostgresApp() : LiaisonApp(Engine.Postgres, demo: false);

public sealed class SqliteDemoApp() : LiaisonApp(Engine.Sqlite, demo: true);

public sealed class PostgresDemoApp() : LiaisonApp(Engine.Postgres, demo: true);

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Liaison.Benchmarks;

/// <summary>
/// The application's real executable (built beside this runner, in the runner's configuration) started on a local
/// port against the benchmark database, as a server would run it.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, int port, TimeSpan startedIn)
    {
        _process = process;
        Port = port;
        StartedIn = startedIn;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>From starting the process to the first healthy answer (the database reached).</summary>
    public TimeSpan StartedIn { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// The build beside this runner, or with --app a published one (the deployment's ReadyToRun publish, which starts
    /// faster: docs/benchmarks.md).
    /// </summary>
    public static string Executable { get; set; } = Path.Combine(AppContext.BaseDirectory, "Liaison.Web.dll");

    public static Dictionary<string, string> Environment(BenchmarkDatabase database) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = database.Provider,
        ["ConnectionStrings__Liaison"] = database.ConnectionString,
        ["Database__MigrateOnStartup"] = "false",
        ["Demo__Enabled"] = "false",
        ["Reminders__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        // The benchmark measures the application, not its per-user brake: the load test is one user at 32 connections.
        ["RateLimits__ApiPerSecond"] = "1000000",
        ["RateLimits__ApiBurst"] = "1000000",
        ["RateLimits__SignInPerMinute"] = "1000",
        ["Storage__Root"] = Path.Combine(Path.GetTempPath(), "liaison-bench-files"),
    };

    /// <summary>Runs a command of the executable (generate-national, migrate) to its end; returns what it printed.</summary>
    public static async Task<string> RunCommandAsync(BenchmarkDatabase database, IReadOnlyDictionary<string, string> extra, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Executable, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Executable)!, // its content root, as on a server
        };
        foreach (var (key, value) in Environment(database).Concat(extra))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var printed = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{string.Join(' ', arguments)}` failed:\n{printed}");
        }

        return printed;
    }

    public static async Task<AppProcess> StartAsync(BenchmarkDatabase database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Executable, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Executable)!,
        };
        foreach (var (key, value) in Environment(database))
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"  app: {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return await WaitUntilHealthyAsync(process, port, watch);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    private static async Task<AppProcess> WaitUntilHealthyAsync(Process process, int port, Stopwatch watch)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        while (watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The application stopped while starting.");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return new AppProcess(process, port, watch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException("The application did not become healthy within two minutes.");
    }

    /// <summary>The process's peak resident memory so far (VmHWM), in megabytes.</summary>
    public double PeakMemoryMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// The application's real executable in a process of its own, on a local port, against a test app's database: what
/// one server of several behind a load balancer runs. Each instance has a home folder of its own, as a separate
/// machine would, so nothing can pass between instances through the local disk by accident.
/// </summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppInstance(Process process, int port, string home)
    {
        _process = process;
        Port = port;
        Home = home;
    }

    public int Port { get; }

    /// <summary>This instance's own home folder (where ASP.NET Core would keep its keys on disk by default).</summary>
    public string Home { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>What the process printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppInstance> StartAsync(LiaisonApp app, IReadOnlyDictionary<string, string>? settings = null, CancellationToken ct = default)
    {
        var port = FreePort();
        var home = Directory.CreateTempSubdirectory("liaison-instance-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Liaison.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["HOME"] = home;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = app.Engine.ToString();
        start.Environment["ConnectionStrings__Liaison"] = app.ConnectionString;
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Accounts__SessionCheckSeconds"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var instance = new AppInstance(Process.Start(start)!, port, home);
        instance._process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        instance._process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        try
        {
            await instance.WaitUntilHealthyAsync(ct);
        }
        catch
        {
            await instance.DisposeAsync(); // a start that failed leaves no process and no folder behind
            throw;
        }

        return instance;
    }

    /// <summary>A client of this instance that keeps its cookies in the given jar: share one jar to be one browser.</summary>
    public HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, $"The instance on port {Port} stopped while starting:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health", ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, ct);
        }

        Assert.Fail($"The instance on port {Port} did not answer /health within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
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
        Directory.Delete(Home, recursive: true);
    }
}

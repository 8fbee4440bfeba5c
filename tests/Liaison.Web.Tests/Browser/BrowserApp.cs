using System.Net;
using System.Net.Sockets;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Browser;

/// <summary>The application on a real Kestrel port (SQLite), for a real Chromium to drive.</summary>
public class BrowserApp : LiaisonApp
{
    public BrowserApp()
        : this(demo: false)
    {
    }

    protected BrowserApp(bool demo)
        : base(Engine.Sqlite, demo)
    {
        Port = FreePort();
        UseKestrel(Port);
        ClientOptions.BaseAddress = new Uri(BaseUrl);
    }

    private readonly SemaphoreSlim _starting = new(1, 1);
    private BrowserSession? _session;

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>
    /// The class's one Chromium, started by its first test and closed with the app: a launch per test cost about a
    /// second each, and a class of sixty page looks is the suite's longest stretch.
    /// </summary>
    public async Task<BrowserSession> BrowserAsync()
    {
        await _starting.WaitAsync();
        try
        {
            return _session ??= await BrowserSession.StartAsync();
        }
        finally
        {
            _starting.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _starting.Dispose();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The same, with the articles' demo data loaded, for looking at pages full of records.</summary>
public sealed class BrowserDemoApp() : BrowserApp(demo: true);

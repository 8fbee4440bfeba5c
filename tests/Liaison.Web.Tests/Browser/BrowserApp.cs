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

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The same, with the articles' demo data loaded, for looking at pages full of records.</summary>
public sealed class BrowserDemoApp() : BrowserApp(demo: true);

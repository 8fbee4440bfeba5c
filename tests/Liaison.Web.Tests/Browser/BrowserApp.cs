using System.Net;
using System.Net.Sockets;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Browser;

/// <summary>The application on a real Kestrel port (SQLite), for a real Chromium to drive.</summary>
public sealed class BrowserApp : LiaisonApp
{
    public BrowserApp()
        : base(Engine.Sqlite, demo: false)
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

using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Browser;

/// <summary>
/// Base of the browser tests: the app on a real port and one Chromium for the class (each test opens its own contexts), or a skip with the
/// reason where Chromium isn't configured (and a failure under CI, where it must be).
/// </summary>
public abstract class BrowserTests<TApp> : IClassFixture<TApp>, IAsyncLifetime
    where TApp : BrowserApp
{
    protected BrowserTests(TApp app)
    {
        App = app;
        TestEnvironment.RequireUnderCi(BrowserSession.Unavailable);
        Assert.SkipWhen(BrowserSession.Unavailable is not null, BrowserSession.Unavailable ?? string.Empty);
    }

    protected TApp App { get; }

    protected BrowserSession Session { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (BrowserSession.Unavailable is null)
        {
            App.StartServer();
            Session = await App.BrowserAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this); // the browser is the class's and closes with its app
        return ValueTask.CompletedTask;
    }
}

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

    public async ValueTask DisposeAsync()
    {
        if (BrowserSession.Unavailable is null)
        {
            // The browser is the class's and closes with its app; what a test opened in it closes with the test,
            // passed or failed, so the next test starts with no page of another's (a class's tests run one by one).
            foreach (var context in Session.Browser.Contexts.ToList())
            {
                await context.CloseAsync();
            }
        }

        GC.SuppressFinalize(this);
    }
}

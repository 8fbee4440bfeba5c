namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// What the machine offers the tests. Locally, PostgreSQL and Chromium are optional and their tests say
/// they were skipped and why; under CI=true they are required, so a missing one fails the run.
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("LIAISON_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static string? Chromium =>
        Environment.GetEnvironmentVariable("LIAISON_TEST_CHROMIUM") is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>Poppler's pdftoppm, which turns a PDF into images (Debian package poppler-utils); null when not installed.</summary>
    public static string? Poppler => File.Exists("/usr/bin/pdftoppm") ? "/usr/bin/pdftoppm" : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireUnderCi(string? unavailable)
    {
        if (unavailable is not null && IsCi)
        {
            throw new InvalidOperationException($"CI=true but: {unavailable}");
        }
    }
}

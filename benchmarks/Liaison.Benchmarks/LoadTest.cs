using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Liaison.Benchmarks;

/// <summary>What wrk measured: requests per second, latency percentiles in milliseconds, and answers that were not 2xx.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50, double P99, long Failed)
{
    public override string ToString() =>
        $"{RequestsPerSecond:N0} req/s, p50 {Timing.Format(P50)}, p99 {Timing.Format(P99)}{(Failed > 0 ? $", {Failed:N0} not 2xx" : string.Empty)}";
}

/// <summary>
/// The API under load: wrk (Debian's package) with 32 connections for a given time, against the application and, as
/// its floor, against a server on the same machine that answers every request with the same bytes and nothing else.
/// </summary>
public static partial class LoadTest
{
    public static async Task<LoadResult> RunAsync(Uri url, string? cookie, int seconds, int connections = 32)
    {
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency" };
        if (cookie is not null)
        {
            arguments.AddRange(["-H", $"Cookie: {cookie}"]);
        }

        arguments.Add(url.ToString());
        var start = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: apt-get install wrk");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return Parse(output);
    }

    public static LoadResult Parse(string output)
    {
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var failed = NotOk().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new LoadResult(rps, Latency(output, "50"), Latency(output, "99"), failed);
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    /// <summary>A server that answers every request with these bytes as JSON: the floor of the load test.</summary>
    public static async Task<WebApplication> StartStaticServerAsync(byte[] body, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync();
        return app;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NotOk();
}

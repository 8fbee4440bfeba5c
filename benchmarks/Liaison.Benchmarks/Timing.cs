using System.Diagnostics;

namespace Liaison.Benchmarks;

/// <summary>The median and 95th percentile of repeated runs, in milliseconds, after warm-up runs that are not counted.</summary>
public sealed record Timing(double Median, double P95, int Runs)
{
    public static async Task<Timing> MeasureAsync(Func<Task> run, int warmup, int runs)
    {
        for (var i = 0; i < warmup; i++)
        {
            await run();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Timing(Percentile(times, 0.50), Percentile(times, 0.95), runs);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public override string ToString() => $"{Format(Median)} / {Format(P95)}";

    public static string Format(double ms) => ms >= 1000 ? $"{ms / 1000:0.00} s" : $"{ms:0.0} ms";
}

using System.Collections.Frozen;
using Liaison.Web.Features.Reference;

namespace Liaison.Web.Features.Aid;

public sealed record DacSector(string Code, string Name, string Category);

/// <summary>
/// The OECD DAC 5-digit purpose codes (IATI sector vocabulary 1), shipped as dac-sectors.csv, generated from
/// the IATI Sector code list with withdrawn codes left out.
/// </summary>
public static class DacSectors
{
    private static readonly Lazy<FrozenDictionary<string, DacSector>> ByCode = new(Load);

    public static IReadOnlyCollection<DacSector> All => ByCode.Value.Values;

    public static bool IsKnown(string? code) => code is not null && ByCode.Value.ContainsKey(code);

    public static string NameOf(string code) => ByCode.Value.TryGetValue(code, out var s) ? s.Name : code;

    public static IEnumerable<DacSector> Sorted => All.OrderBy(s => s.Code, StringComparer.Ordinal);

    private static FrozenDictionary<string, DacSector> Load()
    {
        using var stream = typeof(DacSectors).Assembly.GetManifestResourceStream("Liaison.dac-sectors.csv")
            ?? throw new InvalidOperationException("The embedded DAC sector list is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var sectors = new List<DacSector>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                var f = Csv.SplitLine(line);
                sectors.Add(new DacSector(f[0], f[1], f[2]));
            }
        }

        return sectors.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);
    }
}

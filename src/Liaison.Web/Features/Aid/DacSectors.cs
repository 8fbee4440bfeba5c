using System.Collections.Frozen;
using Liaison.Web.Features.Reference;

namespace Liaison.Web.Features.Aid;

/// <param name="Name">The English name, as the IATI code list gives it.</param>
public sealed record DacSector(string Code, string Name, string Category, string NameVi = "", string NameAr = "")
{
    /// <summary>The name in the reader's language; English where no translation is shipped.</summary>
    public string LocalName => Infrastructure.Text.Languages.Current switch
    {
        Infrastructure.Text.Languages.Vietnamese when NameVi.Length > 0 => NameVi,
        Infrastructure.Text.Languages.Arabic when NameAr.Length > 0 => NameAr,
        _ => Name,
    };
}

/// <summary>
/// The OECD DAC 5-digit purpose codes (IATI sector vocabulary 1), shipped as dac-sectors.csv, generated from
/// the IATI Sector code list with withdrawn codes left out; its name_vi and name_ar columns are Liaison's translations.
/// </summary>
public static class DacSectors
{
    private static readonly Lazy<FrozenDictionary<string, DacSector>> ByCode = new(Load);

    public static IReadOnlyCollection<DacSector> All => ByCode.Value.Values;

    public static bool IsKnown(string? code) => code is not null && ByCode.Value.ContainsKey(code);

    /// <summary>The sector's name in the reader's language, or the code if it is not a known one.</summary>
    public static string NameOf(string code) => ByCode.Value.TryGetValue(code, out var s) ? s.LocalName : code;

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
                sectors.Add(new DacSector(f[0], f[1], f[2], f.Count > 3 ? f[3] : string.Empty, f.Count > 4 ? f[4] : string.Empty));
            }
        }

        return sectors.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);
    }
}

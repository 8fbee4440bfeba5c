using System.Collections.Frozen;

namespace Liaison.Web.Features.Reference;

/// <param name="Numeric">The ISO 3166-1 numeric code ("704"), by which map shapes are keyed.</param>
public sealed record Country(string Code, string Alpha3, string NameEn, string NameVi, string Numeric = "");

/// <summary>
/// The ISO 3166-1 list shipped with the application (countries.csv, generated from the npm package
/// i18n-iso-countries, Vietnamese names reviewed). Records store the alpha-2 code.
/// </summary>
public static class Countries
{
    private static readonly Lazy<FrozenDictionary<string, Country>> ByCode = new(Load);

    public static IReadOnlyCollection<Country> All => ByCode.Value.Values;

    public static bool IsKnown(string? code) => code is not null && ByCode.Value.ContainsKey(code);

    public static Country? Find(string? code) =>
        code is not null && ByCode.Value.TryGetValue(code, out var country) ? country : null;

    public static string NameEn(string? code) => Find(code)?.NameEn ?? code ?? string.Empty;

    public static Country? FindByNumeric(string numeric) => All.FirstOrDefault(c => c.Numeric == numeric);

    public static IEnumerable<Country> SortedByEnglishName => All.OrderBy(c => c.NameEn, StringComparer.InvariantCulture);

    private static FrozenDictionary<string, Country> Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("Liaison.countries.csv")
            ?? throw new InvalidOperationException("The embedded country list is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var countries = new List<Country>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = Csv.SplitLine(line);
            countries.Add(new Country(f[0], f[1], f[3], f[4], f[2]));
        }

        return countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;

namespace Liaison.Web.Features.Reference;

/// <param name="Numeric">The ISO 3166-1 numeric code ("704"), by which map shapes are keyed.</param>
public sealed record Country(string Code, string Alpha3, string NameEn, string NameVi, string Numeric = "", string NameAr = "")
{
    /// <summary>The name in the reader's language (the request's culture).</summary>
    public string LocalName => Infrastructure.Text.Languages.Current switch
    {
        Infrastructure.Text.Languages.Vietnamese => NameVi,
        Infrastructure.Text.Languages.Arabic when NameAr.Length > 0 => NameAr,
        _ => NameEn,
    };
}

/// <summary>
/// The ISO 3166-1 list shipped with the application (countries.csv, generated from the npm package
/// i18n-iso-countries, Vietnamese names reviewed, Arabic names from the same package). Records store the alpha-2 code.
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

    /// <summary>For a list to choose from: named and sorted in the reader's language.</summary>
    public static IEnumerable<Country> SortedForReader =>
        All.OrderBy(c => c.LocalName, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true));

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
            countries.Add(new Country(f[0], f[1], f[3], f[4], f[2], f.Count > 5 ? f[5] : string.Empty));
        }

        return countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }
}

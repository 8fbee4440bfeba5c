using System.Collections.Concurrent;
using System.Text;
using Liaison.Web.Features.Reference;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Import;

/// <summary>
/// Reads the values people type for a fixed list (a kind, a status) and for a country, whatever their case,
/// spacing, punctuation and diacritics: "Study tour", "study-tour" and "StudyTour" are one value, and so
/// are "Hàn Quốc", "han quoc", "Korea" and "KR".
/// </summary>
public static class ImportChoices
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, object>> Enums = new();
    private static readonly Lazy<Dictionary<string, string>> CountriesByName = new(LoadCountries);

    /// <summary>Text folded and stripped of everything but letters and digits: the form names are compared in.</summary>
    public static string Compact(string? text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static TEnum? Find<TEnum>(string text)
        where TEnum : struct, Enum
    {
        // A value is known by its name and by its label in each of the three languages.
        var names = Enums.GetOrAdd(typeof(TEnum), _ => Enum.GetValues<TEnum>()
            .SelectMany(v => new[] { v.ToString(), Wording.Words(v.ToString()) }
                .Concat(Languages.All.Select(l => EnumWords.Of(v, Languages.Culture(l.Code))))
                .Select(n => (Name: Compact(n), Value: (object)v)))
            .DistinctBy(p => p.Name)
            .ToDictionary(p => p.Name, p => p.Value));
        return names.TryGetValue(Compact(text), out var value) ? (TEnum)value : null;
    }

    /// <summary>The values' labels in the reader's language, for an error message that lists them.</summary>
    public static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => EnumWords.Of(v));

    public static string? Country(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 2 && Countries.IsKnown(trimmed.ToUpperInvariant()))
        {
            return trimmed.ToUpperInvariant();
        }

        return CountriesByName.Value.TryGetValue(Compact(trimmed), out var code) ? code : null;
    }

    private static Dictionary<string, string> LoadCountries()
    {
        var byName = new Dictionary<string, string>();
        foreach (var country in Countries.All)
        {
            foreach (var name in new[] { country.Alpha3, country.NameEn, country.NameVi, country.NameAr })
            {
                byName.TryAdd(Compact(name), country.Code);
            }
        }

        // The names people use that the ISO list spells otherwise.
        foreach (var (name, code) in new[] { ("Korea", "KR"), ("South Korea", "KR"), ("Hàn Quốc", "KR"), ("Laos", "LA"), ("Lào", "LA"), ("China", "CN"), ("Trung Quốc", "CN"), ("Vietnam", "VN"), ("Russia", "RU") })
        {
            byName.TryAdd(Compact(name), code);
        }

        return byName;
    }
}

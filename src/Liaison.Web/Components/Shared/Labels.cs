using System.Globalization;
using System.Text;

namespace Liaison.Web.Components.Shared;

/// <summary>Turns enum names into words for people ("ForeignProvince" → "Foreign province"), and formats dates.</summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Overrides = new(StringComparer.Ordinal)
    {
        ["ForeignNgo"] = "Foreign NGO",
        ["MemorandumOfUnderstanding"] = "Memorandum of understanding",
        ["CooperationProgramme"] = "Cooperation programme or plan",
        ["UniversityOrSchool"] = "University or school",
        ["EmbassyOrConsulate"] = "Embassy or consulate",
        ["InvitingSide"] = "Paid by the inviting side",
    };

    public static string Of(Enum? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return Words(value.ToString());
    }

    /// <summary>A PascalCase name as words: "ReportFiled" → "Report filed".</summary>
    public static string Words(string name)
    {
        if (Overrides.TryGetValue(name, out var word))
        {
            return word;
        }

        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "–";

    public static string Date(DateTime? date) => date?.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) ?? "–";

    public static string Range(DateOnly start, DateOnly end) => start == end ? Date(start) : $"{Date(start)} – {Date(end)}";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Country(string? code) => Liaison.Web.Features.Reference.Countries.Find(code) is { } c ? c.NameEn : code ?? string.Empty;
}

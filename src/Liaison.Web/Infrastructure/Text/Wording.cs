using System.Text;

namespace Liaison.Web.Infrastructure.Text;

/// <summary>Enum names as words for people ("ForeignProvince" → "Foreign province"), for pages and documents alike.</summary>
public static class Wording
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
}

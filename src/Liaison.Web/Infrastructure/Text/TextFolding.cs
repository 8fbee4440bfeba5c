using System.Globalization;
using System.Text;

namespace Liaison.Web.Infrastructure.Text;

/// <summary>
/// Folds text for matching: lower case, Vietnamese and other diacritics removed (đ becomes d), runs of
/// white space collapsed. "Điện Biên" and "dien bien" fold to the same string, which is what an officer
/// typing without diacritics expects. Full-text search with ranking arrives with the search issue.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };

            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(folded);
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    public static string Join(params string?[] parts) =>
        Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
}

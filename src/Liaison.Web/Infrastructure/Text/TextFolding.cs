using System.Globalization;
using System.Text;

namespace Liaison.Web.Infrastructure.Text;

/// <summary>
/// Folds text for matching: lower case, Vietnamese and other diacritics removed (đ becomes d), runs of
/// white space collapsed. "Điện Biên" and "dien bien" fold to the same string, which is what an officer
/// typing without diacritics expects. Arabic is normalised the way Arabic search engines do: the short vowels
/// and tatweel go, the alef forms (أ إ آ ٱ) become ا, taa marbuta ة becomes ه and alef maqsura ى becomes ي.
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
            if (FoldChar(c) is not { } folded)
            {
                continue;
            }

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

    /// <summary>
    /// One character of already decomposed text, folded: null for what folding drops (a combining mark, such as a
    /// Vietnamese tone or an Arabic short vowel, and the Arabic tatweel).
    /// </summary>
    public static char? FoldChar(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark
            ? null
            : c switch
            {
                'đ' or 'Đ' => 'd',
                '\u0640' => null, // tatweel, the stretching stroke
                '\u0671' => '\u0627', // alef wasla; the hamza and madda forms decompose to alef and a mark
                '\u0629' => '\u0647', // taa marbuta: haa
                '\u0649' => '\u064A', // alef maqsura: yaa
                _ => char.ToLowerInvariant(c),
            };

    /// <summary>The most a record's search text holds (its column's length): a delegation of 2,000 members or a batch return of hundreds would pass it.</summary>
    public const int MaxSearchText = 8000;

    /// <summary>The parts folded and joined, cut at a word before <see cref="MaxSearchText"/>: the first parts (titles, names) are kept whole.</summary>
    public static string Join(params string?[] parts)
    {
        var text = Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        if (text.Length <= MaxSearchText)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxSearchText);
        return text[..(cut > 0 ? cut : MaxSearchText)];
    }
}

using System.Text;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Search;

/// <summary>
/// Marks the words searched for in the text as it is written: "lai chau" marks "Lai Châu", "قاهره" marks
/// "القاهرة". The text is folded a character at a time, remembering where each folded character came from, so a
/// match in the folded text maps back to the written one. The parts are shown as text, never as markup.
/// </summary>
public static class Highlight
{
    public static IReadOnlyList<TextPart> Parts(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var ranges = Matches(text, terms);
        var parts = new List<TextPart>();
        var at = 0;
        foreach (var (start, end) in ranges)
        {
            if (start > at)
            {
                parts.Add(new TextPart(text[at..start], Match: false));
            }

            parts.Add(new TextPart(text[start..end], Match: true));
            at = end;
        }

        if (at < text.Length)
        {
            parts.Add(new TextPart(text[at..], Match: false));
        }

        return parts;
    }

    /// <summary>About <paramref name="length"/> characters of the text around its first match (its start when nothing matches).</summary>
    public static IReadOnlyList<TextPart> Snippet(string? text, IReadOnlyList<string> terms, int length = 180)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var first = Matches(text, terms).Select(r => r.Start).DefaultIfEmpty(0).First();
        var start = Math.Max(0, first - (length / 3));
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--; // begin at a word
        }

        var end = Math.Min(text.Length, start + length);
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++; // never cut a character in two
        }

        var piece = (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
        return Parts(piece, terms);
    }

    /// <summary>Where the words begin in the written text, each to the end of the word's folded length; overlapping matches merged.</summary>
    public static IReadOnlyList<(int Start, int End)> Matches(string text, IReadOnlyList<string> terms)
    {
        // Fold each written character on its own, noting its position: a whole rune (an emoji or a rare CJK
        // character is two UTF-16 units), decomposed so "ệ" is e and two marks, then composed again as Fold does,
        // so a Korean syllable stays one syllable.
        var folded = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var kept = new StringBuilder();
            foreach (var c in rune.ToString().Normalize(NormalizationForm.FormD))
            {
                if (TextFolding.FoldChar(c) is { } f)
                {
                    kept.Append(f);
                }
            }

            foreach (var c in kept.ToString().Normalize(NormalizationForm.FormC))
            {
                folded.Append(c);
                origin.Add(at);
            }

            at += rune.Utf16SequenceLength;
        }

        var plain = folded.ToString();
        var ranges = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var found = plain.IndexOf(term, StringComparison.Ordinal); found >= 0; found = plain.IndexOf(term, found + 1, StringComparison.Ordinal))
            {
                // A word searched for matches the start of a written word, as the index does.
                if (found > 0 && char.IsLetterOrDigit(plain[found - 1]))
                {
                    continue;
                }

                var last = origin[found + term.Length - 1];
                var end = last + Rune.GetRuneAt(text, last).Utf16SequenceLength;
                while (end < text.Length && Rune.TryGetRuneAt(text, end, out var next) && IsDropped(next))
                {
                    end += next.Utf16SequenceLength; // the marks and tatweel that belong to the last letter
                }

                ranges.Add((origin[found], end));
            }
        }

        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>A rune that folding drops altogether: a combining mark, the tatweel.</summary>
    private static bool IsDropped(Rune rune) =>
        rune.ToString().Normalize(NormalizationForm.FormD).All(c => TextFolding.FoldChar(c) is null);
}

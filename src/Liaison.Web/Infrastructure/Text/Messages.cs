using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Liaison.Web.Infrastructure.Text;

/// <summary>
/// The reader's words for the messages that handlers and inputs write (validation errors, refusals). The
/// code writes them in English, the source language, and the English text is the key, as in gettext:
/// <c>Resources/Messages.vi.resx</c> and <c>Messages.ar.resx</c> hold each message's translation, and a
/// message that carries values ("You named 3 members but the delegation has 2.") is matched against the
/// templates written with placeholders ("You named {0} members but the delegation has {1}."). A value that
/// is itself a known phrase ("The delegation" in "{0} was not found…") is translated too. A message with
/// no translation stays in English rather than failing. See ADR 0014's addendum.
/// </summary>
public static partial class Messages
{
    private static readonly ResourceManager Resources = new("Liaison.Web.Resources.Messages", typeof(Messages).Assembly);

    private static readonly ConcurrentDictionary<string, Catalogue> Catalogues = new(StringComparer.Ordinal);

    /// <summary>The message in the current request's language (English returns it as written).</summary>
    public static string Translate(string english) => Translate(english, Languages.Current);

    /// <summary>The message in the language given (vi, en or ar), for a document made for another language than the request's.</summary>
    public static string Translate(string english, string language)
    {
        if (language == Languages.English || string.IsNullOrEmpty(english))
        {
            return english;
        }

        return Catalogues.GetOrAdd(language, Load).Translate(english);
    }

    /// <summary>The English texts the catalogue knows, templates included: for the test that finds every message written in code.</summary>
    public static IReadOnlyCollection<string> Known() => Load(Languages.English).Words.Keys;

    private static Catalogue Load(string language)
    {
        // vi-VN finds the "vi" file, en-GB the English one.
        var set = Resources.GetResourceSet(Languages.Culture(language), createIfNotExists: true, tryParents: true)!;
        var words = set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        return new Catalogue(words, Languages.Culture(language));
    }

    private sealed class Catalogue
    {
        private readonly List<Template> _templates;
        private readonly CultureInfo _culture;

        public Catalogue(Dictionary<string, string> words, CultureInfo culture)
        {
            Words = words;
            _culture = culture;
            // The most specific first: a template with more fixed text wins over a looser one.
            _templates = [.. words.Keys.Where(k => Placeholder().IsMatch(k)).Select(Template.Of).OrderByDescending(t => t.FixedLength)];
        }

        public Dictionary<string, string> Words { get; }

        public string Translate(string english, int depth = 0)
        {
            if (Words.TryGetValue(english, out var exact))
            {
                return exact;
            }

            foreach (var template in _templates)
            {
                if (!english.StartsWith(template.Prefix, StringComparison.Ordinal) || !english.EndsWith(template.Suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var match = template.Pattern.Match(english);
                if (match.Success)
                {
                    var values = new object[template.Count];
                    for (var i = 0; i < values.Length; i++)
                    {
                        var value = match.Groups[$"p{i}"].Value;
                        values[i] = depth < 2 ? Translate(value, depth + 1) : value;
                    }

                    return string.Format(_culture, Words[template.English], values);
                }
            }

            return english;
        }
    }

    /// <summary>An English message with placeholders, as a pattern that captures each placeholder's value.</summary>
    private sealed record Template(string English, Regex Pattern, string Prefix, string Suffix, int FixedLength, int Count)
    {
        public static Template Of(string english)
        {
            var parts = AnyPlaceholder().Split(english);
            var numbers = Placeholder().Matches(english).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
            var pattern = "^" + string.Concat(parts.Select((part, i) => Regex.Escape(part) + (i < numbers.Length && !numbers.AsSpan(0, i).Contains(numbers[i])
                ? $"(?<p{numbers[i]}>.+?)"
                : i < numbers.Length ? $"\\k<p{numbers[i]}>" : string.Empty))) + "$";
            return new Template(english, new Regex(pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)),
                parts[0], parts[^1], parts.Sum(p => p.Length), numbers.Max() + 1);
        }
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex AnyPlaceholder();
}

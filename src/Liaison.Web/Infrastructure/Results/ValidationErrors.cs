using System.ComponentModel.DataAnnotations;
using System.Collections;
using System.Reflection;

namespace Liaison.Web.Infrastructure.Results;

/// <summary>
/// Collects validation errors keyed by property path ("Members[0].Name"), so that a page can show each
/// message beside its field and the API can return them as ProblemDetails.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string key) => _errors.ContainsKey(key);

    /// <summary>Adds a message, written in English, in the reader's language (<see cref="Text.Messages"/>).</summary>
    public void Add(string key, string message)
    {
        message = Text.Messages.Translate(message);
        if (!_errors.TryGetValue(key, out var list))
        {
            list = [];
            _errors[key] = list;
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    /// <summary>Runs the DataAnnotations rules of <paramref name="request"/> and of every object in its lists.</summary>
    public ValidationErrors CheckAnnotations(object request, string prefix = "")
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                Add(prefix + member, result.ErrorMessage ?? "This value is not valid.");
            }
        }

        foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(string))
            {
                if (property.GetValue(request) is string text && HasHiddenControls(text))
                {
                    Add(prefix + property.Name, "This text contains invisible or direction-changing characters (such as U+202E or U+200B), which can disguise what it says. Remove them and try again.");
                }

                continue;
            }

            if (!typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }

            if (property.GetValue(request) is not IEnumerable items)
            {
                continue;
            }

            var index = 0;
            foreach (var item in items)
            {
                if (item is not null && !item.GetType().IsPrimitive && item is not string && item.GetType().IsClass)
                {
                    CheckAnnotations(item, $"{prefix}{property.Name}[{index}].");
                }

                index++;
            }
        }

        return this;
    }

    /// <summary>
    /// Bidirectional overrides and isolates (which can make "gpj.exe" read as "exe.jpg"), zero-width spaces,
    /// byte-order marks and control characters. The joiners and direction marks that Arabic and other
    /// scripts need (U+200C, U+200D, U+200E, U+200F) and ordinary line breaks and tabs are allowed.
    /// </summary>
    public static bool HasHiddenControls(string text) =>
        text.Any(c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200B' or '\uFEFF'
            || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')));

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public ValidationFailure ToFailure() => new(ToDictionary());
}

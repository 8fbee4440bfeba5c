using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;

namespace Liaison.Web.Components.Shared;

/// <summary>
/// Puts a handler's validation errors ("Members[0].Name") beside the fields they belong to, and gives each
/// field the element id that the error summary links to.
/// </summary>
public static partial class FormErrors
{
    public static void Show(EditContext context, ValidationMessageStore store, object model, IReadOnlyDictionary<string, string[]> errors)
    {
        store.Clear();
        foreach (var (path, messages) in errors)
        {
            store.Add(Resolve(model, path), messages);
        }

        context.NotifyValidationStateChanged();
    }

    /// <summary>The id of the input for a property path: "Members[0].Name" → "f-Members-0-Name".</summary>
    public static string Id(string path) => "f-" + NonWord().Replace(path, "-").Trim('-');

    private static FieldIdentifier Resolve(object model, string path)
    {
        var parts = path.Split('.');
        var owner = model;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var match = Indexed().Match(parts[i]);
            var name = match.Success ? match.Groups[1].Value : parts[i];
            var value = owner.GetType().GetProperty(name)?.GetValue(owner);
            if (match.Success && value is IList list)
            {
                var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                value = index < list.Count ? list[index] : null;
            }

            if (value is null)
            {
                return new FieldIdentifier(model, path);
            }

            owner = value;
        }

        return new FieldIdentifier(owner, parts[^1]);
    }

    [GeneratedRegex(@"^(\w+)\[(\d+)\]$")]
    private static partial Regex Indexed();

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWord();
}

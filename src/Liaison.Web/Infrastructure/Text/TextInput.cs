namespace Liaison.Web.Infrastructure.Text;

/// <summary>What a form's optional text field holds once read: trimmed, and nothing rather than an empty string.</summary>
public static class TextInput
{
    public static string? Clean(string? text) => text?.Trim() is { Length: > 0 } t ? t : null;
}

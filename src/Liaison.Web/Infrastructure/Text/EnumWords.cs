using System.Globalization;
using System.Resources;

namespace Liaison.Web.Infrastructure.Text;

/// <summary>
/// The label of a fixed-list value (a kind, a status, a level) in a language, from Resources/EnumLabels.resx
/// and its Vietnamese and Arabic translations, keyed "Type.Value" ("AgreementStatus.InForce"). A test fails
/// when a value of any list lacks its label in a language; a value without one still reads as words.
/// </summary>
public static class EnumWords
{
    private static readonly ResourceManager Labels = new("Liaison.Web.Resources.EnumLabels", typeof(EnumWords).Assembly);

    public static string Key(Enum value) => $"{value.GetType().Name}.{value}";

    public static string Of(Enum value, CultureInfo? culture = null) =>
        Labels.GetString(Key(value), culture ?? CultureInfo.CurrentUICulture) is { Length: > 0 } label ? label : Wording.Words(value.ToString());
}

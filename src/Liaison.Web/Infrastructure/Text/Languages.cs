using System.Globalization;

namespace Liaison.Web.Infrastructure.Text;

/// <summary>
/// The interface's three languages. Each has the culture that formats its dates and numbers: Vietnamese
/// 1.234.567,5 and dd/MM/yyyy; Arabic on the Gregorian calendar (the offices' reports are dated by it).
/// </summary>
public static class Languages
{
    public const string Vietnamese = "vi";
    public const string English = "en";
    public const string Arabic = "ar";

    public static readonly IReadOnlyList<(string Code, string Name)> All = [(Vietnamese, "Tiếng Việt"), (English, "English"), (Arabic, "العربية")];

    public static bool IsKnown(string? code) => All.Any(l => l.Code == code);

    // Built once: every request's culture is one of these, and the localization middleware matches them by name.
    private static readonly Dictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal)
    {
        [Vietnamese] = Build(Vietnamese),
        [English] = Build(English),
        [Arabic] = Build(Arabic),
    };

    /// <summary>The culture of a language; English for an unknown one. Read-only: it is shared by every request.</summary>
    public static CultureInfo Culture(string? code) => Cultures.GetValueOrDefault(code ?? English) ?? Cultures[English];

    private static CultureInfo Build(string code)
    {
        CultureInfo culture;
        switch (code)
        {
            case Vietnamese:
                culture = (CultureInfo)CultureInfo.GetCultureInfo("vi-VN").Clone();
                culture.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
                break;
            case Arabic:
                culture = (CultureInfo)CultureInfo.GetCultureInfo("ar-EG").Clone();
                culture.DateTimeFormat.Calendar = new GregorianCalendar();
                break;
            default:
                // British English, with the three-letter month abbreviations the pages were laid out for ("Sep", not ICU's "Sept").
                culture = (CultureInfo)CultureInfo.GetCultureInfo("en-GB").Clone();
                culture.DateTimeFormat.AbbreviatedMonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
                culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthGenitiveNames;
                break;
        }

        return CultureInfo.ReadOnly(culture);
    }

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    /// <summary>The language of the current request: vi, en or ar.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        Vietnamese => Vietnamese,
        Arabic => Arabic,
        _ => English,
    };
}

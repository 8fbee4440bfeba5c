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

    public static CultureInfo Culture(string? code)
    {
        switch (code)
        {
            case Vietnamese:
                var vi = (CultureInfo)CultureInfo.GetCultureInfo("vi-VN").Clone();
                vi.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
                return vi;
            case Arabic:
                var ar = (CultureInfo)CultureInfo.GetCultureInfo("ar-EG").Clone();
                ar.DateTimeFormat.Calendar = new GregorianCalendar();
                return ar;
            default:
                // British English, with the three-letter month abbreviations the pages were laid out for ("Sep", not ICU's "Sept").
                var en = (CultureInfo)CultureInfo.GetCultureInfo("en-GB").Clone();
                en.DateTimeFormat.AbbreviatedMonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
                en.DateTimeFormat.AbbreviatedMonthGenitiveNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthGenitiveNames;
                return en;
        }
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

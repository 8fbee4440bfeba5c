using System.Globalization;

namespace Liaison.Web.Components.Shared;

/// <summary>
/// Reads page query-string values leniently: a hand-edited or stale link (?page=abc, ?desc=1) falls back to
/// the default instead of failing the page. Pages take their query values as text and parse them here.
/// </summary>
public static class QueryValue
{
    public static bool Flag(string? value) => value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value is "1" or "on");

    public static int? Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static DateOnly? Date(string? value) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

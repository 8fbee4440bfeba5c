using System.Globalization;
using Liaison.Web.Features.Reference;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Import;

/// <summary>
/// One data row seen through the column mapping: each field's text, parsed into the value the record's input
/// expects. A value that can't be read adds an error naming the row, the column and why, and comes back null,
/// so the row's other errors are still found in the same pass.
/// </summary>
public sealed class ImportRow(TableRow row, IReadOnlyDictionary<string, int> mapping, IReadOnlyList<string> headers, IReadOnlyList<ImportField> fields)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy/M/d", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
    private static readonly char[] ListSeparators = [';', '|', '\n'];

    public int Number => row.Number;

    public List<ImportError> Errors { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public bool IsMapped(string field) => mapping.ContainsKey(field);

    public string? Text(string field)
    {
        if (!mapping.TryGetValue(field, out var column))
        {
            return null;
        }

        var text = row.Cell(column);
        return text.Length == 0 ? null : text;
    }

    public DateOnly? Date(string field)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return date;
        }

        // An .xlsx date cell holds the number of days since 1899-12-30 (Excel's serial). Only a spreadsheet's
        // number cell is read so: "2024" typed in a CSV is a year, not a day in 1905, and is refused.
        if (row.IsNumberCell(mapping[field]) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }

        Fail(field, $"{Quote(text)} is not a date. Write it as 2024-03-15 or 15/03/2024.");
        return null;
    }

    public int? Int(string field)
    {
        if (Decimal(field) is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value) || value is > int.MaxValue or < int.MinValue)
        {
            Fail(field, $"{Quote(Text(field)!)} is not a whole number.");
            return null;
        }

        return (int)value;
    }

    /// <summary>
    /// A number as people write it: 1234.5, 1,234.5, 1.234,5 or 1 234,5. When a single separator could be
    /// either ("1,234"), the reader's language decides, as it would on paper.
    /// </summary>
    /// <param name="fraction">The value is a measure such as a latitude, never in the thousands: a single separator is its decimal mark.</param>
    public decimal? Decimal(string field, bool fraction = false)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        var spreadsheetNumber = row.IsNumberCell(mapping[field]);
        if (spreadsheetNumber && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return exact;
        }

        if (ParseNumber(text, fraction) is { } value)
        {
            return value;
        }

        Fail(field, IsAmbiguous(text)
            ? $"{Quote(text)} could be read two ways (a thousand, or a decimal fraction). Write it without a thousands separator: 1500 or 1.5."
            : $"{Quote(text)} is not a number.");
        return null;
    }

    /// <summary>One separator followed by exactly three digits ("1.500", "1,234"): a thousands separator in one language, a decimal mark in another.</summary>
    internal static bool IsAmbiguous(string text)
    {
        var compact = text.Trim();
        var marks = compact.Count(c => c is '.' or ',');
        var last = compact.LastIndexOfAny(['.', ',']);
        return marks == 1 && compact.Length - last - 1 == 3 && last > 0 && char.IsDigit(compact[last - 1]);
    }

    internal static decimal? ParseNumber(string text, bool fraction = false)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal);
        var lastDot = compact.LastIndexOf('.');
        var lastComma = compact.LastIndexOf(',');
        char? decimalMark;
        if (lastDot >= 0 && lastComma >= 0)
        {
            decimalMark = lastDot > lastComma ? '.' : ',';
        }
        else if (lastDot < 0 && lastComma < 0)
        {
            decimalMark = null;
        }
        else
        {
            // One kind of separator: several of them make it a thousands separator ("1.234.567"). A single one
            // followed by exactly three digits could be either, whatever the reader's language, and is refused
            // rather than guessed, so a file reads the same for everyone.
            var mark = lastDot >= 0 ? '.' : ',';
            var count = compact.Count(c => c == mark);
            if (count == 1 && compact.Length - compact.LastIndexOf(mark) - 1 == 3 && !fraction)
            {
                return null;
            }

            decimalMark = count > 1 ? null : mark;
        }

        var thousands = decimalMark switch { '.' => ',', ',' => '.', _ => lastDot >= 0 ? '.' : ',' };
        var normal = compact.Replace(thousands.ToString(), string.Empty, StringComparison.Ordinal);
        if (decimalMark == ',')
        {
            normal = normal.Replace(',', '.');
        }

        return decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>A choice from a fixed list, by its name or its label in English, Vietnamese or Arabic ("Study tour", "study-tour", "StudyTour").</summary>
    public TEnum? Choice<TEnum>(string field)
        where TEnum : struct, Enum
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        if (ImportChoices.Find<TEnum>(text) is { } value)
        {
            return value;
        }

        Fail(field, $"{Quote(text)} is not one of: {string.Join(", ", ImportChoices.Names<TEnum>())}.");
        return null;
    }

    public bool? YesNo(string field)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        switch (TextFolding.Fold(text))
        {
            case "yes" or "y" or "true" or "1" or "co" or "x" or "نعم":
                return true;
            case "no" or "n" or "false" or "0" or "khong" or "لا":
                return false;
            default:
                Fail(field, $"{Quote(text)} is not yes or no.");
                return null;
        }
    }

    /// <summary>One country, by its ISO code ("KR", "KOR") or its English or Vietnamese name.</summary>
    public string? Country(string field)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        return CountryCode(field, text);
    }

    /// <summary>Several countries in one cell, separated by semicolons.</summary>
    public string[] CountryList(string field) =>
        List(field).Select(name => CountryCode(field, name)).OfType<string>().Distinct().ToArray();

    /// <summary>Several values in one cell, separated by semicolons (or line breaks).</summary>
    public string[] List(string field) =>
        Text(field) is { } text
            ? text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    private string? CountryCode(string field, string text)
    {
        if (ImportChoices.Country(text) is { } code)
        {
            return code;
        }

        Fail(field, $"{Quote(text)} is not a country: write its ISO code (KR) or its name (Korea, Hàn Quốc).");
        return null;
    }

    public void Fail(string field, string message) => Errors.Add(new ImportError(row.Number, ColumnOf(field), Infrastructure.Text.Messages.Translate(message)));

    /// <summary>A cell as an error message quotes it: at most 60 characters, so a runaway cell can't fill the outcome.</summary>
    internal static string Quote(string text) => text.Length > 60 ? $"\"{text[..60]}…\"" : $"\"{text}\"";

    /// <summary>Validation errors of the record's input, keyed by property ("EndDate", "Members[0].Name"), put on their columns.</summary>
    public void Fail(IReadOnlyDictionary<string, string[]> errors)
    {
        // A column whose value could not be read already says why; "enter the start date" beside
        // "'31/02' is not a date" would only repeat it.
        var unreadable = Errors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
        foreach (var (property, messages) in errors)
        {
            var root = property.Split('[', '.')[0];
            var field = fields.FirstOrDefault(f => string.Equals(f.Property, root, StringComparison.OrdinalIgnoreCase));
            var column = field is null ? root : ColumnOf(field.Key);
            if (unreadable.Contains(column))
            {
                continue;
            }

            foreach (var message in messages)
            {
                Errors.Add(new ImportError(row.Number, column, message));
            }
        }
    }

    private string ColumnOf(string field) =>
        mapping.TryGetValue(field, out var column) && column < headers.Count
            ? headers[column]
            : fields.FirstOrDefault(f => f.Key == field)?.Header ?? field;
}

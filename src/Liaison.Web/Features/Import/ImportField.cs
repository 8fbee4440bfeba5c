namespace Liaison.Web.Features.Import;

/// <summary>
/// One field a column can be mapped to. The headers are what people write at the top of the column in each
/// language (the first English one is the blank template's header); a header is recognised whatever its
/// case, diacritics and punctuation.
/// </summary>
/// <param name="Key">The field's stable name in mappings and templates ("startDate").</param>
/// <param name="Property">The input property whose validation errors belong to this column.</param>
/// <param name="Hint">How to write a value, shown beside the mapping and in the template's second sheet.</param>
public sealed record ImportField(string Key, string Property, bool Required, string Hint, string[] English, string[] Vietnamese, string[] Arabic)
{
    public string Header => English[0];

    public IEnumerable<string> AllHeaders => English.Concat(Vietnamese).Concat(Arabic).Append(Key).Append(Property);
}

/// <param name="Row">The row's number in the file (the header is row 1).</param>
/// <param name="Column">The column's header as written in the file, or the field's name when no column holds it.</param>
public sealed record ImportError(int Row, string Column, string Message);

public enum ImportAction
{
    Create,
    Update,
    Unchanged,
    Invalid,
}

/// <param name="Key">What makes two rows the same record (such as direction, title and start date): a second row with the same key in one file is refused.</param>
/// <param name="Label">The record as a person recognises it, for the dry run's lists.</param>
/// <param name="LikelyDuplicateOf">An existing record this row probably repeats (same partner and dates, or the same title written differently).</param>
public sealed record RowOutcome(ImportAction Action, string Key, string Label, string? LikelyDuplicateOf = null);

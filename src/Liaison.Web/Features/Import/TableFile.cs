using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Liaison.Web.Features.Import;

public enum TableFileKind
{
    Csv,
    Xlsx,
}

/// <summary>
/// Reads the rows of an uploaded spreadsheet one at a time, so a file of 100,000 rows never sits in memory:
/// CSV (RFC 4180; comma, semicolon or tab, whichever the header line uses; UTF-8 with or without a BOM) or
/// the first worksheet of an .xlsx workbook (read with OpenXmlReader, element by element). Each row comes
/// back as its cells' text; an .xlsx number keeps the invariant form so a date serial can still be told.
/// </summary>
public static class TableFile
{
    private const long MaxCharactersInPart = 400L * 1024 * 1024;

    public static TableFileKind? KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" or ".txt" => TableFileKind.Csv,
        ".xlsx" => TableFileKind.Xlsx,
        _ => null,
    };

    /// <summary>Every row, the header row first; rows with no text at all are skipped but still counted in <see cref="TableRow.Number"/>.</summary>
    public static IEnumerable<TableRow> Rows(Stream stream, TableFileKind kind) =>
        kind == TableFileKind.Csv ? CsvRows(stream) : XlsxRows(stream);

    private static IEnumerable<TableRow> CsvRows(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        char? delimiter = null;
        var number = 0;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = new StringBuilder();
        while (ReadRecord(reader, line))
        {
            number++;
            var text = line.ToString();
            delimiter ??= GuessDelimiter(text);
            SplitRecord(text, delimiter.Value, cells, cell);
            if (cells.Exists(c => c.Length > 0))
            {
                yield return new TableRow(number, cells.ToArray());
            }
        }
    }

    /// <summary>One CSV record, which may run over several lines inside quotes. False at the end of the file.</summary>
    private static bool ReadRecord(StreamReader reader, StringBuilder record)
    {
        record.Clear();
        var inQuotes = false;
        var any = false;
        while (reader.ReadLine() is { } line)
        {
            if (any)
            {
                record.Append('\n');
            }

            any = true;
            record.Append(line);
            foreach (var c in line)
            {
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                }
            }

            if (!inQuotes)
            {
                return true;
            }
        }

        return any;
    }

    private static char GuessDelimiter(string header)
    {
        var candidates = new[] { ',', ';', '\t' };
        return candidates.OrderByDescending(d => header.Count(c => c == d)).First();
    }

    private static void SplitRecord(string record, char delimiter, List<string> cells, StringBuilder cell)
    {
        cells.Clear();
        cell.Clear();
        var inQuotes = false;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < record.Length && record[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == delimiter)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
    }

    private static IEnumerable<TableRow> XlsxRows(Stream stream)
    {
        // A workbook is a zip: a small upload can unpack to gigabytes. No part may hold more text than a
        // 100,000-row register of wide rows needs, or the file is refused as unreadable.
        using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheets.");
        var sheetPart = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);

        // Shared strings are the workbook's dictionary of texts; a sheet's cells point into it by number.
        var shared = new List<string>();
        if (workbook.SharedStringTablePart is { } sharedPart)
        {
            using var strings = OpenXmlReader.Create(sharedPart);
            while (strings.Read())
            {
                if (strings.ElementType == typeof(SharedStringItem) && strings.IsStartElement)
                {
                    shared.Add(((SharedStringItem)strings.LoadCurrentElement()!).InnerText);
                }
            }
        }

        using var reader = OpenXmlReader.Create(sheetPart);
        var lastNumber = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : lastNumber + 1;
            lastNumber = number;
            var cells = new List<string>();
            HashSet<int>? numbers = null;
            foreach (var c in row.Elements<Cell>())
            {
                var column = c.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(CellText(c, shared).Trim());
                if ((c.DataType is null || c.DataType.Value == CellValues.Number) && c.CellValue is not null)
                {
                    (numbers ??= []).Add(column);
                }
            }

            if (cells.Exists(t => t.Length > 0))
            {
                yield return new TableRow(number, cells.ToArray(), numbers);
            }
        }
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return cell.CellValue?.Text == "1" ? "true" : "false";
        }

        return cell.CellValue?.Text ?? string.Empty;
    }

    /// <summary>"A1" is column 0, "AB7" column 27.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }
}

/// <param name="Number">The row's number in the file as a spreadsheet shows it (the header is row 1).</param>
/// <param name="NumberCells">The columns that hold a spreadsheet number, written in invariant form (1234.5) whatever the reader's language.</param>
public sealed record TableRow(int Number, string[] Cells, IReadOnlySet<int>? NumberCells = null)
{
    public string Cell(int index) => index >= 0 && index < Cells.Length ? Cells[index] : string.Empty;

    public bool IsNumberCell(int index) => NumberCells?.Contains(index) == true;
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Liaison.Web.Features.Shared;

/// <summary>Writes a sheet of plain rows into a workbook: numbers as numbers, everything else as text kept as typed.</summary>
public static class XlsxSheets
{
    public static void Add(WorkbookPart workbook, string title, List<object?[]> rows, HashSet<string> used)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            var row = new Row();
            foreach (var value in values)
            {
                row.Append(value switch
                {
                    null => new Cell(),
                    decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                    int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
                    long n => new Cell { DataType = CellValues.Number, CellValue = new CellValue((decimal)n) },
                    _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
                });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = SheetName(title, used) });
    }

    /// <summary>Excel's rules: 31 characters at most, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string title, HashSet<string> used)
    {
        var clean = new string(title.Where(ch => "[]:*?/\\".IndexOf(ch, StringComparison.Ordinal) < 0).ToArray());
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $" {n}";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}

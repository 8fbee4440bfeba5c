using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Liaison.Web.Tests.Features.Import;

/// <summary>Spreadsheets as offices write them, built in memory for the import tests.</summary>
public static class ImportFiles
{
    public static byte[] Csv(IEnumerable<string[]> rows, char delimiter = ',') =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Select(r => string.Join(delimiter, r.Select(Quote)))) + "\r\n")];

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', ';', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    /// <summary>
    /// A workbook whose first sheet holds the rows. A cell that parses as a number is written as a number and
    /// a date as Excel's day serial, as a spreadsheet program saves them; the rest as shared strings.
    /// </summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var number = 0u;
            foreach (var values in rows)
            {
                number++;
                var row = new Row { RowIndex = number };
                var column = 0;
                foreach (var value in values)
                {
                    var reference = $"{(char)('A' + column++)}{number}";
                    if (number > 1 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) });
                    }
                    else if (number > 1 && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
                    {
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) });
                    }
                    else if (value.Length > 0)
                    {
                        if (!index.TryGetValue(value, out var i))
                        {
                            i = index[value] = index.Count;
                            shared.SharedStringTable.Append(new SharedStringItem(new Text(value)));
                        }

                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) });
                    }
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Register" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}

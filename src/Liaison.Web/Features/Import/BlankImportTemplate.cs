using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Import;

/// <summary>
/// An empty spreadsheet to fill in for a kind of record: one column per field, headed in the reader's language
/// (each header is one the import recognises), and a second sheet saying which fields are required and how
/// to write each value. As .xlsx or as .csv (header row only).
/// </summary>
public static class BlankImportTemplate
{
    public static string HeaderIn(ImportField field, string language) => language switch
    {
        Languages.Vietnamese => field.Vietnamese[0],
        Languages.Arabic => field.Arabic[0],
        _ => field.English[0],
    };

    public static byte[] Xlsx(ImportRecordType type, string language)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            string T(string english) => Messages.Translate(english, language);
            XlsxSheets.Add(workbook, T(type.Title), [type.Fields.Select(f => (object?)HeaderIn(f, language)).ToArray()], used);
            var guide = new List<object?[]> { new object?[] { T("Column"), T("Required"), T("How to write it"), T("Also recognised as") } };
            guide.AddRange(type.Fields.Select(f => new object?[]
            {
                HeaderIn(f, language), T(f.Required ? "yes" : "no"), T(f.Hint),
                string.Join("; ", f.English.Concat(f.Vietnamese).Concat(f.Arabic).Distinct().Where(h => h != HeaderIn(f, language))),
            }));
            XlsxSheets.Add(workbook, T("How to fill"), guide, used);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static byte[] Csv(ImportRecordType type, string language) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(',', type.Fields.Select(f => Reference.Csv.Cell(HeaderIn(f, language)))) + "\r\n")];
}

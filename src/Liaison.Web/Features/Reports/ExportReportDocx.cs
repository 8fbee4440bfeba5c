using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// The report as the document a province sends upward: a title and the period, then for each section a
/// paragraph written from the figures (in Vietnamese or English) and the table of figures by year beside the
/// previous period. This is the document officers now write by hand.
/// </summary>
public static class ExportReportDocx
{
    public static byte[] Write(Report report, bool vi)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Text(ReportNarrative.Title(report, vi), size: 32, bold: true));
            body.Append(Text(vi
                ? $"Phạm vi: {string.Join(", ", report.ProvincesVi)}. Kỳ trước để so sánh: {Dates.Format(report.PreviousFrom, "dd/MM/yyyy")} – {Dates.Format(report.PreviousTo, "dd/MM/yyyy")}. Tiền tệ: {report.Currency}."
                : $"Covers: {string.Join(", ", report.Provinces)}. Compared with the previous period, {Dates.Format(report.PreviousFrom, "d MMM yyyy")} – {Dates.Format(report.PreviousTo, "d MMM yyyy")}. Money in {report.Currency}.",
                size: 20, italic: true));
            foreach (var section in report.Sections)
            {
                body.Append(Text(vi ? SectionVi(section.Key) ?? section.Title : section.Title, size: 26, bold: true));
                if (ReportNarrative.Paragraph(report, section, vi) is { } paragraph)
                {
                    body.Append(Text(paragraph, size: 22));
                }

                body.Append(FiguresTable(report, section, vi));
                foreach (var breakdown in section.Breakdowns.Where(b => b.Lines.Count > 0))
                {
                    body.Append(Text(vi ? ReportWordsVi.Word(breakdown.Title) : breakdown.Title, size: 22, bold: true));
                    body.Append(BreakdownTable(breakdown, vi));
                }
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    internal static string? SectionVi(string key) => key switch
    {
        "partners" => "Đối tác",
        "delegations" => "Đoàn ra, đoàn vào",
        "agreements" => "Thỏa thuận quốc tế",
        "activities" => "Giao lưu, sự kiện, đào tạo",
        "money" => "Viện trợ, đầu tư và thương mại",
        "labour" => "Chương trình lao động",
        "commitments" => "Cam kết tại các kỳ họp",
        "citizen-protection" => "Bảo hộ công dân",
        "apec" => "Thẻ đi lại của doanh nhân APEC",
        "ngos" => "Tổ chức phi chính phủ nước ngoài",
        "information" => "Thông tin đối ngoại",
        _ => null,
    };

    private static Table FiguresTable(Report report, ReportSection section, bool vi)
    {
        var header = new[] { vi ? "Chỉ tiêu" : "Figure", vi ? "Kỳ báo cáo" : "Period", vi ? "Kỳ trước" : "Previous" }
            .Concat(report.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var rows = section.Indicators.Select(i => new[] { vi ? $"{ReportWordsVi.Title(i)} ({ReportWordsVi.Word(i.Unit)})" : $"{i.Title} ({i.Unit})", ReportNarrative.Number(i.Value, vi), ReportNarrative.Number(i.Previous, vi) }
            .Concat(i.ByYear.Select(y => ReportNarrative.Number(y.Value, vi))));
        return Grid(header, rows);
    }

    private static Table BreakdownTable(Breakdown breakdown, bool vi)
    {
        var header = string.IsNullOrEmpty(breakdown.SecondTitle)
            ? new[] { string.Empty, vi ? "Số lượng" : "Count" }
            : [string.Empty, vi ? "Số lượng" : "Count", vi ? ReportWordsVi.Word(breakdown.SecondTitle) : breakdown.SecondTitle];
        string Label(BreakdownLine l) => vi ? ReportWordsVi.Line(breakdown, l) : l.Label;
        var rows = breakdown.Lines.Select(l => string.IsNullOrEmpty(breakdown.SecondTitle)
            ? new[] { Label(l), ReportNarrative.Number(l.Value, vi) }
            : [Label(l), ReportNarrative.Number(l.Value, vi), ReportNarrative.Number(l.Second, vi)]);
        return Grid(header, rows);
    }

    private static Table Grid(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        // The schema orders table properties: the width before the borders.
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(text => new TableCell(Text(text, size: 18, bold: bold))));

    private static Paragraph Text(string text, int size, bool bold = false, bool italic = false)
    {
        // The schema orders run properties: bold, then italic, then the size.
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });

        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}

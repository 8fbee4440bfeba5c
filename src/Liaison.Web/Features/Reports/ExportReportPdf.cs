namespace Liaison.Web.Features.Reports;

/// <summary>
/// The report as a PDF: the same title, paragraphs and tables as the Word document, in English, Vietnamese
/// or Arabic; every figure is the same.
/// </summary>
public static class ExportReportPdf
{
    public static byte[] Write(Report report, string language)
    {
        var vi = language == "vi";
        var ar = language == "ar";
        using var stream = new MemoryStream();
        var title = ReportNarrative.Title(report, language);
        using (var pdf = new ReportPdfWriter(stream, title))
        {
            pdf.Paragraph(title, 16, bold: true, spaceAfter: 4);
            pdf.Paragraph(vi
                ? $"Phạm vi: {string.Join(", ", report.ProvincesVi)}. Kỳ trước để so sánh: {Dates.Format(report.PreviousFrom, "dd/MM/yyyy")} – {Dates.Format(report.PreviousTo, "dd/MM/yyyy")}. Tiền tệ: {report.Currency}."
                : ar ? $"النطاق: {string.Join("، ", report.Provinces.Select(p => Infrastructure.Text.Messages.Translate(p, Infrastructure.Text.Languages.Arabic)))}. الفترة السابقة للمقارنة: {Dates.Format(report.PreviousFrom, "yyyy-MM-dd")} – {Dates.Format(report.PreviousTo, "yyyy-MM-dd")}. العملة: {report.Currency}."
                : $"Covers: {string.Join(", ", report.Provinces)}. Compared with {Dates.Format(report.PreviousFrom, "d MMM yyyy")} – {Dates.Format(report.PreviousTo, "d MMM yyyy")}. Money in {report.Currency}.",
                9, spaceAfter: 10);
            foreach (var section in report.Sections)
            {
                pdf.Paragraph(ReportWords.Section(section, language), 13, bold: true, spaceAfter: 2);
                if (ReportNarrative.Paragraph(report, section, language) is { } paragraph)
                {
                    pdf.Paragraph(paragraph, 10);
                }

                pdf.Table(
                    [vi ? "Chỉ tiêu" : ar ? "المؤشر" : "Figure", vi ? "Kỳ báo cáo" : ar ? "الفترة" : "Period", vi ? "Kỳ trước" : ar ? "الفترة السابقة" : "Previous", .. report.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                    section.Indicators.Select(i => (IReadOnlyList<string>)[ReportWords.Title(i, language), Cell(i.Value, language), Cell(i.Previous, language), .. i.ByYear.Select(y => Cell(y.Value, language))]));
                foreach (var breakdown in section.Breakdowns.Where(b => b.Lines.Count > 0))
                {
                    pdf.Table(
                        [ReportWords.Word(breakdown.Title, language), vi ? "Số lượng" : ar ? "العدد" : "Count"],
                        breakdown.Lines.Take(15).Select(l => (IReadOnlyList<string>)[ReportWords.Line(breakdown, l, language), Cell(l.Value, language)]));
                }
            }
        }

        return stream.ToArray();
    }

    private static string Cell(decimal? value, string language) => value is null ? "–" : ReportNarrative.Number(value, language);
}

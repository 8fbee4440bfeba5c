namespace Liaison.Web.Features.Reports;

/// <summary>
/// The report as a PDF: the same title, paragraphs and tables as the Word document. In Arabic the title and
/// the section headings are Arabic (the rest of the interface follows with issue 7); every figure is the same.
/// </summary>
public static class ExportReportPdf
{
    public static byte[] Write(Report report, string language)
    {
        var vi = language == "vi";
        var ar = language == "ar";
        using var stream = new MemoryStream();
        var years = report.From.Year == report.To.Year ? $"{report.From.Year}" : $"{report.From.Year}-{report.To.Year}";
        var title = ar ? $"تقرير الشؤون الخارجية: {string.Join(", ", report.Provinces)} {years}" : ReportNarrative.Title(report, vi);
        using (var pdf = new ReportPdfWriter(stream, title))
        {
            pdf.Paragraph(title, 16, bold: true, spaceAfter: 4);
            pdf.Paragraph(vi
                ? $"Phạm vi: {string.Join(", ", report.ProvincesVi)}. Kỳ trước để so sánh: {Dates.Format(report.PreviousFrom, "dd/MM/yyyy")} – {Dates.Format(report.PreviousTo, "dd/MM/yyyy")}. Tiền tệ: {report.Currency}."
                : $"Covers: {string.Join(", ", report.Provinces)}. Compared with {Dates.Format(report.PreviousFrom, "d MMM yyyy")} – {Dates.Format(report.PreviousTo, "d MMM yyyy")}. Money in {report.Currency}.",
                9, spaceAfter: 10);
            foreach (var section in report.Sections)
            {
                pdf.Paragraph(ar ? SectionAr(section.Key) : vi ? ExportReportDocx.SectionVi(section.Key) ?? section.Title : section.Title, 13, bold: true, spaceAfter: 2);
                if (ReportNarrative.Paragraph(report, section, vi) is { } paragraph)
                {
                    pdf.Paragraph(paragraph, 10);
                }

                pdf.Table(
                    [vi ? "Chỉ tiêu" : "Figure", vi ? "Kỳ báo cáo" : "Period", vi ? "Kỳ trước" : "Previous", .. report.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                    section.Indicators.Select(i => (IReadOnlyList<string>)[vi ? ReportWordsVi.Title(i) : i.Title, Cell(i.Value, vi), Cell(i.Previous, vi), .. i.ByYear.Select(y => Cell(y.Value, vi))]));
                foreach (var breakdown in section.Breakdowns.Where(b => b.Lines.Count > 0))
                {
                    pdf.Table(
                        [vi ? ReportWordsVi.Word(breakdown.Title) : breakdown.Title, vi ? "Số lượng" : "Count"],
                        breakdown.Lines.Take(15).Select(l => (IReadOnlyList<string>)[vi ? ReportWordsVi.Line(breakdown, l) : l.Label, Cell(l.Value, vi)]));
                }
            }
        }

        return stream.ToArray();
    }

    private static string Cell(decimal? value, bool vi) => value is null ? "–" : ReportNarrative.Number(value, vi);

    private static string SectionAr(string key) => key switch
    {
        "partners" => "الشركاء",
        "delegations" => "الوفود",
        "agreements" => "الاتفاقيات",
        "activities" => "التبادلات والفعاليات",
        "money" => "المساعدات والاستثمار والتجارة",
        "labour" => "برامج العمالة",
        "commitments" => "التزامات الاجتماعات",
        _ => key,
    };
}

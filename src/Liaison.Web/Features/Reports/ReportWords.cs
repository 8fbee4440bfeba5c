using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// The report's own words (section headings, figure titles, units, breakdown titles and lines) in a language:
/// the report is built in English, and <see cref="ReportWordsVi"/> and <see cref="ReportWordsAr"/> hold the
/// other two, for the page and the documents alike.
/// </summary>
public static class ReportWords
{
    public static string Section(ReportSection section, string language) => language switch
    {
        Languages.Vietnamese => ExportReportDocx.SectionVi(section.Key) ?? section.Title,
        Languages.Arabic => ReportWordsAr.Section(section),
        _ => section.Title,
    };

    public static string Title(Indicator indicator, string language) => language switch
    {
        Languages.Vietnamese => ReportWordsVi.Title(indicator),
        Languages.Arabic => ReportWordsAr.Title(indicator),
        _ => indicator.Title,
    };

    /// <summary>A unit or a breakdown's title ("delegations", "Inbound delegations by country").</summary>
    public static string Word(string english, string language) => language switch
    {
        Languages.Vietnamese => ReportWordsVi.Word(english),
        Languages.Arabic => ReportWordsAr.Word(english),
        _ => english,
    };

    public static string Line(Breakdown breakdown, BreakdownLine line, string language) => language switch
    {
        Languages.Vietnamese => ReportWordsVi.Line(breakdown, line),
        Languages.Arabic => ReportWordsAr.Line(breakdown, line),
        _ => line.Label,
    };
}

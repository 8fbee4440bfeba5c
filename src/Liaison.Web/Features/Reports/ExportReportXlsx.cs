using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// The report as a workbook: the summary (every figure by year, the previous period, how it was counted and
/// the link to its records), each breakdown as a sheet, and the delegations and activities it counted.
/// </summary>
public sealed class ExportReportXlsxHandler(ListDelegationsHandler delegations, ListActivitiesHandler activities)
{
    public async Task<byte[]> WriteAsync(Report report, CancellationToken ct = default)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var sheetNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            var summary = new List<object?[]>
            {
                new object?[] { ReportNarrative.Title(report, vi: false) },
                new object?[] { "Provinces", string.Join(", ", report.Provinces) },
                new object?[] { "Period", $"{Dates.Format(report.From, "yyyy-MM-dd")} to {Dates.Format(report.To, "yyyy-MM-dd")}", "Previous period", $"{Dates.Format(report.PreviousFrom, "yyyy-MM-dd")} to {Dates.Format(report.PreviousTo, "yyyy-MM-dd")}" },
                Array.Empty<object?>(),
                new object?[] { "Section", "Figure", "Unit", "Value", "Previous period", "Records" }
                    .Concat(report.Years.Select(y => (object?)y.ToString(CultureInfo.InvariantCulture))).Concat(["How it was counted", "Left out", "Records behind it"]).ToArray(),
            };
            foreach (var section in report.Sections)
            {
                foreach (var i in section.Indicators)
                {
                    summary.Add(new object?[] { section.Title, i.Title, i.Unit, i.Value, i.Previous, i.Records }
                        .Concat(i.ByYear.Select(y => (object?)y.Value)).Concat([i.Definition, string.Join("; ", i.LeftOut), i.Link]).ToArray());
                }
            }

            XlsxSheets.Add(workbook, "Summary", summary, sheetNames);
            foreach (var breakdown in report.Sections.SelectMany(s => s.Breakdowns))
            {
                var rows = new List<object?[]> { new object?[] { breakdown.Title, "Count", breakdown.SecondTitle, "Records behind it" } };
                rows.AddRange(breakdown.Lines.Select(l => new object?[] { l.Label, l.Value, l.Second, l.Link }));
                XlsxSheets.Add(workbook, breakdown.Title, rows, sheetNames);
            }

            var localities = new List<object?[]> { new object?[] { "Partner locality", "Country", "Latitude", "Longitude", "Agreements", "Record" } };
            localities.AddRange((report.Localities ?? []).Select(l => new object?[] { l.Name, Reference.Countries.NameEn(l.CountryCode), (decimal)l.Latitude, (decimal)l.Longitude, l.Agreements, l.Link }));
            XlsxSheets.Add(workbook, "Partner localities", localities, sheetNames);
            XlsxSheets.Add(workbook, "Delegations", await DelegationRowsAsync(report, ct), sheetNames);
            XlsxSheets.Add(workbook, "Activities", await ActivityRowsAsync(report, ct), sheetNames);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private async Task<List<object?[]>> DelegationRowsAsync(Report report, CancellationToken ct)
    {
        var query = new DelegationListQuery { From = report.From, To = report.To, Counted = true, Province = ProvinceFilter(report) };
        var delegationRows = await ListQuery.AllPagesAsync(query, q => delegations.HandleAsync(q, ct), CsvExport.MaxRows);
        return [new object?[] { "Id", "Direction", "Title", "First day", "Last day", "Members", "Status" },
            .. delegationRows.Select(d => new object?[] { d.Id, d.Direction.ToString(), d.Title, CsvExport.Date(d.StartDate), CsvExport.Date(d.EndDate), d.MemberCount, d.Status.ToString() })];
    }

    private async Task<List<object?[]>> ActivityRowsAsync(Report report, CancellationToken ct)
    {
        var query = new ActivityListQuery { From = report.From, To = report.To, Counted = true, Province = ProvinceFilter(report) };
        var activityRows = await ListQuery.AllPagesAsync(query, q => activities.HandleAsync(q, ct), CsvExport.MaxRows);
        return [new object?[] { "Id", "Kind", "Title", "First day", "Last day", "Participants", "Status" },
            .. activityRows.Select(a => new object?[] { a.Id, a.Kind.ToString(), a.Title, CsvExport.Date(a.StartDate), CsvExport.Date(a.EndDate), a.ParticipantCount, a.Status.ToString() })];
    }

    private static string? ProvinceFilter(Report report) => report.AllProvinces ? null : report.ProvinceCodes;
}

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Deadlines;

/// <summary>The deadline rules and a year's holidays as CSV, for the administrator to check them against the law and the government's calendar.</summary>
public sealed class ExportDeadlineRulesAndHolidaysHandler(ListDeadlineRulesHandler rules, KeepHolidaysHandler holidays)
{
    public Task WriteRulesAsync(HttpResponse response, CancellationToken ct) =>
        CsvExport.WriteAsync(response, "deadline-rules.csv",
            ["id", "name", "rule", "anchor", "offset", "unit", "fixed_month", "fixed_day", "done_when", "legal_basis", "applies_from", "active", "updated_at", "updated_by"],
            CsvExport.All(rules.HandleAsync(ct)),
            r => [CsvExport.Number(r.Id), r.Name, r.Describe(), r.Anchor.ToString(), CsvExport.Number(r.Offset), r.Unit.ToString(), CsvExport.Number(r.FixedMonth), CsvExport.Number(r.FixedDay),
                r.DoneWhen.ToString(), r.LegalBasis, CsvExport.Date(r.AppliesFrom), r.IsActive ? "yes" : "no", CsvExport.Moment(r.UpdatedAt), r.UpdatedBy]);

    public Task WriteHolidaysAsync(int year, HttpResponse response, CancellationToken ct) =>
        CsvExport.WriteAsync(response, $"holidays-{year}.csv",
            ["date", "name", "updated_at", "updated_by"],
            CsvExport.All(holidays.ListAsync(year, ct)),
            h => [CsvExport.Date(h.Date), h.Name, CsvExport.Moment(h.UpdatedAt), h.UpdatedBy]);
}

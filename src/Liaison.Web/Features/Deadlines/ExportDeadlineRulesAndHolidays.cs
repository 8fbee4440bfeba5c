using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Deadlines;

/// <summary>The deadline rules and a year's holidays as CSV, for the administrator to check them against the law and the government's calendar.</summary>
public sealed class ExportDeadlineRulesAndHolidaysHandler(ListDeadlineRulesHandler rules, KeepHolidaysHandler holidays)
{
    public async Task WriteRulesAsync(HttpResponse response, CancellationToken ct) =>
        await CsvExport.WriteAsync(response, "deadline-rules.csv",
            ["id", "name", "rule", "anchor", "offset", "unit", "fixed_month", "fixed_day", "done_when", "legal_basis", "applies_from", "active", "updated_at", "updated_by"],
            (await rules.HandleAsync(ct)).ToAsyncEnumerable(),
            r => [CsvExport.Number(r.Id), r.Name, r.Describe(), r.Anchor.ToString(), CsvExport.Number(r.Offset), r.Unit.ToString(), CsvExport.Number(r.FixedMonth), CsvExport.Number(r.FixedDay),
                r.DoneWhen.ToString(), r.LegalBasis, CsvExport.Date(r.AppliesFrom), r.IsActive ? "yes" : "no", CsvExport.Moment(r.UpdatedAt), r.UpdatedBy]);

    public async Task WriteHolidaysAsync(int year, HttpResponse response, CancellationToken ct) =>
        await CsvExport.WriteAsync(response, $"holidays-{year}.csv",
            ["date", "name", "updated_at", "updated_by"],
            (await holidays.ListAsync(year, ct)).ToAsyncEnumerable(),
            h => [CsvExport.Date(h.Date), h.Name, CsvExport.Moment(h.UpdatedAt), h.UpdatedBy]);
}

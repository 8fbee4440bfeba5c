using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Labour;

/// <summary>
/// The labour list as CSV: one row per season of the matching programmes (in the years asked for), since the
/// seasons are where the figures live and a spreadsheet sums them more easily than the list's per-programme totals.
/// </summary>
public sealed class ExportLabourProgrammesHandler(AppDbContext db)
{
    public Task WriteAsync(LabourListQuery query, HttpResponse response)
    {
        var (first, last) = (query.FirstYear, query.LastYear);
        var rows = ListLabourProgrammesHandler.Filter(db.Set<LabourProgramme>().AsNoTracking(), query)
            .SelectMany(p => p.Seasons.Where(s => s.Year >= first && s.Year <= last), (p, s) => new
            {
                p.Id, p.Title, Partner = p.Partner!.NameEn, Agreement = p.Agreement!.Title, s.Year, s.Label, s.WorkersSent, s.ReturnedOnTime, s.StayedIllegally,
                s.AverageMonthlyIncome, s.IncomeCurrency,
            })
            .OrderBy(r => r.Title).ThenBy(r => r.Id).ThenBy(r => r.Year).ThenBy(r => r.Label)
            .Take(CsvExport.MaxRows)
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "labour-programmes.csv",
            ["programme_id", "programme", "partner", "agreement", "year", "season", "workers_sent", "returned_on_time", "stayed_illegally", "average_monthly_income", "income_currency"],
            rows,
            r => [CsvExport.Number(r.Id), r.Title, r.Partner, r.Agreement, CsvExport.Number(r.Year), r.Label, CsvExport.Number(r.WorkersSent), CsvExport.Number(r.ReturnedOnTime),
                CsvExport.Number(r.StayedIllegally), CsvExport.Number(r.AverageMonthlyIncome), r.IncomeCurrency]);
    }
}

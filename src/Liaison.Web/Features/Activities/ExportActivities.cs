using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Activities;

/// <summary>The activity list as CSV: the same filters and order as the page, every matching row.</summary>
public sealed class ExportActivitiesHandler(AppDbContext db)
{
    public Task WriteAsync(ActivityListQuery query, HttpResponse response)
    {
        var rows = ListActivitiesHandler.Sort(ListActivitiesHandler.Filter(db.Activities.AsNoTracking(), query), query).ThenByDescending(a => a.Id)
            .Take(CsvExport.MaxRows)
            .Select(a => new { a.Id, a.Kind, a.Title, a.StartDate, a.EndDate, a.InProvince, a.Place, a.CountryCode, a.Organiser, a.ParticipantCount, a.Status, a.Outcome })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "activities.csv",
            ["id", "kind", "title", "start_date", "end_date", "in_province", "place", "country_code", "organiser", "participants", "status", "outcome"],
            rows,
            a => [CsvExport.Number(a.Id), a.Kind.ToString(), a.Title, CsvExport.Date(a.StartDate), CsvExport.Date(a.EndDate), a.InProvince ? "yes" : "no", a.Place, a.CountryCode,
                a.Organiser, CsvExport.Number(a.ParticipantCount), a.Status.ToString(), a.Outcome]);
    }
}

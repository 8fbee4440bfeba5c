using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Delegations;

/// <summary>The delegation list as CSV: the same filters and order as the page, every matching row.</summary>
public sealed class ExportDelegationsHandler(AppDbContext db)
{
    public Task WriteAsync(DelegationListQuery query, HttpResponse response)
    {
        var rows = ListDelegationsHandler.Sort(ListDelegationsHandler.Filter(db.Delegations.AsNoTracking(), query), query).ThenByDescending(d => d.Id)
            .Take(CsvExport.MaxRows)
            .Select(d => new
            {
                d.Id, d.Direction, d.Title, d.Purpose, d.StartDate, d.EndDate, d.HeadName, d.HeadTitle, d.Level, d.MemberCount,
                d.HostUnit, Countries = d.Countries.Select(c => c.CountryCode).ToList(), d.FundingSource, d.DecisionNumber, d.DecisionDate, d.Status, d.Outcome,
            })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "delegations.csv",
            ["id", "direction", "title", "purpose", "start_date", "end_date", "head", "head_title", "level", "members", "unit", "countries", "funding", "decision_number", "decision_date", "status", "outcome"],
            rows,
            d => [CsvExport.Number(d.Id), d.Direction.ToString(), d.Title, d.Purpose.ToString(), CsvExport.Date(d.StartDate), CsvExport.Date(d.EndDate), d.HeadName, d.HeadTitle,
                d.Level.ToString(), CsvExport.Number(d.MemberCount), d.HostUnit, string.Join(' ', d.Countries), d.FundingSource.ToString(), d.DecisionNumber, CsvExport.Date(d.DecisionDate), d.Status.ToString(), d.Outcome]);
    }
}

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Deadlines;

/// <summary>What the user has due, as CSV: the same sections and horizon as the page, every item.</summary>
public sealed class ExportDueItemsHandler(ListDueItemsHandler due)
{
    public Task WriteAsync(DueListQuery query, HttpResponse response, CancellationToken ct)
    {
        var rows = ListQuery.EveryPage(query, async q => (await due.HandleAsync(q, ct)).Page, CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "what-is-due.csv",
            ["due_date", "days_left", "section", "what", "record", "rule", "counted_from", "link"],
            rows,
            d => [CsvExport.Date(d.Item.DueDate), CsvExport.Number(d.DaysLeft), d.Section.ToString(), d.Item.What, d.Item.RecordTitle, d.Item.RuleText, CsvExport.Date(d.Item.AnchorDate), d.Item.Link]);
    }
}

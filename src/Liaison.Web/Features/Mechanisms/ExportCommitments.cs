using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Mechanisms;

/// <summary>The commitments list as CSV: the same filters and order as the page, every matching row.</summary>
public sealed class ExportCommitmentsHandler(AppDbContext db)
{
    public Task WriteAsync(CommitmentListQuery query, HttpResponse response)
    {
        var rows = ListCommitmentsHandler.Sort(ListCommitmentsHandler.Rows(db, query), query).Take(CsvExport.MaxRows).AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "commitments.csv",
            ["id", "mechanism", "session", "session_date", "commitment", "owner", "due_date", "status", "progress"],
            rows,
            c => [CsvExport.Number(c.Id), c.MechanismName, CsvExport.Number(c.SessionNumber), CsvExport.Date(c.SessionDate), c.Description, c.Owner, CsvExport.Date(c.DueDate),
                c.Status.ToString(), c.ProgressNotes]);
    }
}

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Audit;

/// <summary>
/// The administrator's audit search and the archived records as CSV, through their own handlers, so that what the
/// page withholds (a border incident's values) is withheld from the file too.
/// </summary>
public sealed class ExportAuditTrailHandler(SearchAuditTrailHandler trail, ListArchivedRecordsHandler archived)
{
    public Task WriteTrailAsync(AuditSearchQuery query, HttpResponse response, CancellationToken ct)
    {
        var rows = ListQuery.EveryPage(page =>
        {
            query.Page = page;
            query.PageSize = ListQuery.MaxPageSize;
            return trail.HandleAsync(query, ct);
        }, CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "audit-trail.csv",
            ["sequence", "at", "user", "province_id", "record_type", "record_id", "part_of_type", "part_of_id", "action", "changes"],
            rows,
            a => [a.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvExport.Moment(a.At), a.UserName, CsvExport.Number(a.ProvinceId), a.EntityType, CsvExport.Number(a.EntityId),
                a.ParentType, CsvExport.Number(a.ParentId), a.Action.ToString(), string.Join("; ", a.Changes.Select(c => $"{c.Field}: {c.Before} → {c.After}"))]);
    }

    public Task WriteArchivedAsync(ArchivedRecordsQuery query, HttpResponse response, CancellationToken ct)
    {
        var rows = ListQuery.EveryPage(page =>
        {
            query.Page = page;
            return archived.HandleAsync(query, ct);
        }, CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "archived-records.csv",
            ["area", "id", "title", "province", "archived_at", "archived_by"],
            rows,
            r => [r.Area, CsvExport.Number(r.Id), r.Title, r.Province, CsvExport.Moment(r.ArchivedAt), r.ArchivedBy]);
    }
}

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Border;

/// <summary>
/// The border lists as CSV, with the list's current filters and sort: each read page by page through the list's
/// own handler, so the file holds exactly what the list shows (incidents only for those who may read them).
/// </summary>
public sealed class ExportBorderListsHandler(ListBorderGatesHandler gates, ListVillagePairsHandler villages, ListBorderIncidentsHandler incidents)
{
    public Task WriteGatesAsync(BorderGateListQuery query, HttpResponse response, CancellationToken ct = default)
    {
        var rows = ListQuery.EveryPage(query, q => gates.HandleAsync(q, ct), CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "border-gates.csv", ["id", "name", "type", "counterpart", "counterpart_country", "open_now", "latest_event"], rows,
            g => [CsvExport.Number(g.Id), g.Name, g.Type.ToString(), g.CounterpartName, g.CounterpartCountryCode, g.State.ToString(), g.LastEvent]);
    }

    public Task WriteVillagesAsync(VillagePairListQuery query, HttpResponse response, CancellationToken ct = default)
    {
        var rows = ListQuery.EveryPage(query, q => villages.HandleAsync(q, ct), CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "twinned-villages.csv", ["id", "our_village", "our_commune", "their_village", "their_locality", "country_code", "agreement_id", "since"], rows,
            p => [CsvExport.Number(p.Id), p.OurVillage, p.OurCommune, p.TheirVillage, p.TheirLocality, p.CountryCode, CsvExport.Number(p.AgreementId), p.SinceText]);
    }

    public Task WriteIncidentsAsync(BorderIncidentListQuery query, HttpResponse response, CancellationToken ct = default)
    {
        var rows = ListQuery.EveryPage(query, q => incidents.HandleAsync(q, ct), CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "border-incidents.csv", ["id", "date", "place", "border_marker", "kind", "status", "handled_by"], rows,
            i => [CsvExport.Number(i.Id), CsvExport.Date(i.OccurredOn), i.Place, i.BorderMarker, i.Kind.ToString(), i.Status.ToString(), i.HandledBy]);
    }

}

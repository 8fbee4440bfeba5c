using Liaison.Web.Features.Provinces;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Audit;

public sealed class ArchivedRecordsQuery
{
    /// <summary>partners, delegations, agreements or activities; empty for all four.</summary>
    public string? Area { get; set; }

    public int? ProvinceId { get; set; }

    public string? Q { get; set; }

    public int? Page { get; set; }
}

/// <param name="ArchivedBy">Who made the last change, which for an archived record is its archiving.</param>
public sealed record ArchivedRecordRow(string Area, int Id, string Title, int ProvinceId, string Province, DateTime ArchivedAt, string? ArchivedBy);

/// <summary>
/// What an administrator may purge: archived records of every province, newest first. Administrators see no
/// province's records through the usual filter; this list reaches past it on purpose, and shows titles only.
/// </summary>
public sealed class ListArchivedRecordsHandler(AppDbContext db)
{
    private const int PageSize = 50;

    public async Task<Paged<ArchivedRecordRow>> HandleAsync(ArchivedRecordsQuery query, CancellationToken ct = default)
    {
        var rows = new List<ArchivedRecordRow>();
        foreach (var area in Areas.Where(a => string.IsNullOrEmpty(query.Area) || query.Area == a))
        {
            rows.AddRange((await Rows(area, query.ProvinceId, id: null).ToListAsync(ct)).Select(r => r.ToView(area)));
        }

        // Titles are matched as people type them: without diacritics, in any case.
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var words = TextFolding.Fold(query.Q);
            rows = rows.Where(r => TextFolding.Fold(r.Title).Contains(words, StringComparison.Ordinal)).ToList();
        }

        var page = Math.Max(1, query.Page ?? 1);
        var ordered = rows.OrderByDescending(r => r.ArchivedAt).ThenBy(r => r.Area, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
        return new Paged<ArchivedRecordRow>(ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList(), ordered.Count, page, PageSize);
    }

    /// <summary>One archived record, for the purge page to name what is about to go; null when there is none.</summary>
    public async Task<ArchivedRecordRow?> FindAsync(string area, int id, CancellationToken ct = default) =>
        Areas.Contains(area) && await Rows(area, provinceId: null, id).FirstOrDefaultAsync(ct) is { } row ? row.ToView(area) : null;

    private static readonly string[] Areas = ["partners", "delegations", "agreements", "activities", "aid", "investments", "trade", "labour", "gates", "villages", "apec", "ngos", "information", "overseas"];

    private IQueryable<Row> Rows(string area, int? provinceId, int? id) => area switch
    {
        "partners" => Archived(db.Partners, provinceId, id).Select(r => new Row(r.Id, r.NameEn, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "delegations" => Archived(db.Delegations, provinceId, id).Select(r => new Row(r.Id, r.Title, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "agreements" => Archived(db.Agreements, provinceId, id).Select(r => new Row(r.Id, r.Title, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "aid" => Archived(db.AidProjects, provinceId, id).Select(r => new Row(r.Id, r.Title, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "investments" => Archived(db.InvestmentProjects, provinceId, id).Select(r => new Row(r.Id, r.Name, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "labour" => Archived(db.LabourProgrammes, provinceId, id).Select(r => new Row(r.Id, r.Title, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "trade" => Archived(db.TradeFigures, provinceId, id).Select(r => new Row(r.Id, "Trade figure, " + r.CountryCode, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "gates" => Archived(db.Set<Border.BorderGate>(), provinceId, id).Select(r => new Row(r.Id, r.Name + " – " + r.CounterpartName, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "villages" => Archived(db.Set<Border.VillagePair>(), provinceId, id).Select(r => new Row(r.Id, r.OurVillage + " – " + r.TheirVillage, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "apec" => Archived(db.ApecApplications, provinceId, id).Select(r => new Row(r.Id, r.ApplicantName + ", " + r.CompanyName, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "ngos" => Archived(db.ForeignNgos, provinceId, id).Select(r => new Row(r.Id, r.Partner!.NameEn + ", " + r.CertificateNumber, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "information" => Archived(db.ExternalInfoItems, provinceId, id).Select(r => new Row(r.Id, r.Title, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        "overseas" => Archived(db.OverseasContacts, provinceId, id).Select(r => new Row(r.Id, r.Name, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
        _ => Archived(db.Activities, provinceId, id).Select(r => new Row(r.Id, r.Title, r.ProvinceId, r.ArchivedAt!.Value, r.UpdatedBy)),
    };

    private static IQueryable<T> Archived<T>(DbSet<T> set, int? provinceId, int? id)
        where T : ProvinceRecord =>
        set.IgnoreQueryFilters().Where(r => r.ArchivedAt != null && (provinceId == null || r.ProvinceId == provinceId) && (id == null || r.Id == id));

    private static string ProvinceName(int id) => ProvinceCatalog.All.FirstOrDefault(p => p.Id == id)?.LocalName ?? $"#{id}";

    private sealed record Row(int Id, string Title, int ProvinceId, DateTime ArchivedAt, string? By)
    {
        public ArchivedRecordRow ToView(string area) => new(area, Id, Title, ProvinceId, ProvinceName(ProvinceId), ArchivedAt, By);
    }
}

using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

public sealed class VillagePairListQuery : ListQuery
{
    public string? Country { get; set; }

    /// <summary>True for pairs tied by an agreement, false for those without one.</summary>
    public bool? HasAgreement { get; set; }
}

public sealed record VillagePairRow(int Id, string OurVillage, string OurCommune, string TheirVillage, string? TheirLocality, string CountryCode,
    int? AgreementId, string? SinceText, bool IsArchived, bool IsDemo);

public sealed class ListVillagePairsHandler(AppDbContext db)
{
    public async Task<Paged<VillagePairRow>> HandleAsync(VillagePairListQuery query, CancellationToken ct = default)
    {
        var pairs = db.Set<VillagePair>().AsNoTracking().Where(p => query.IsArchived ? p.ArchivedAt != null : p.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            pairs = pairs.Where(p => p.SearchText.Contains(text));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            pairs = pairs.Where(p => p.CountryCode == query.Country);
        }

        if (query.HasAgreement is { } has)
        {
            pairs = pairs.Where(p => (p.AgreementId != null) == has);
        }

        var total = await pairs.CountAsync(ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("their", false) => pairs.OrderBy(p => p.TheirVillage),
            ("their", true) => pairs.OrderByDescending(p => p.TheirVillage),
            ("commune", false) => pairs.OrderBy(p => p.OurCommune),
            ("commune", true) => pairs.OrderByDescending(p => p.OurCommune),
            ("since", false) => pairs.OrderBy(p => p.Since),
            ("since", true) => pairs.OrderByDescending(p => p.Since),
            (_, true) => pairs.OrderByDescending(p => p.OurVillage),
            _ => pairs.OrderBy(p => p.OurVillage),
        };
        var rows = await ListQuery.PageOf(sorted.ThenBy(p => p.Id), query)
            .Select(p => new { p.Id, p.OurVillage, p.OurCommune, p.TheirVillage, p.TheirLocality, p.CountryCode, p.AgreementId, p.Since, p.SincePrecision, p.ArchivedAt, p.IsDemo })
            .ToListAsync(ct);
        return new Paged<VillagePairRow>(
            rows.Select(p => new VillagePairRow(p.Id, p.OurVillage, p.OurCommune, p.TheirVillage, p.TheirLocality, p.CountryCode, p.AgreementId,
                p.Since is { } since ? PartialDate.Format(since, p.SincePrecision) : null, p.ArchivedAt != null, p.IsDemo)).ToList(),
            total, query.SafePage, query.SafePageSize);
    }
}

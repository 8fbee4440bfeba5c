using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

public sealed class PartnerListQuery : ListQuery
{
    public PartnerKind? Kind { get; set; }

    public string? Country { get; set; }
}

public sealed record PartnerRow(
    int Id,
    PartnerKind Kind,
    string NameEn,
    string? NameVi,
    string? NativeName,
    string CountryCode,
    string? ParentName,
    int ContactCount,
    bool IsArchived,
    bool IsDemo);

public sealed class ListPartnersHandler(AppDbContext db)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["name", "kind", "country", "updated"];

    public async Task<Paged<PartnerRow>> HandleAsync(PartnerListQuery query, CancellationToken ct = default)
    {
        var partners = Filter(db.Partners.AsNoTracking(), query);
        var total = await partners.CountAsync(ct);
        var sorted = Sort(partners, query);

        var rows = await ListQuery.PageOf(sorted.ThenBy(p => p.Id), query)
            .Select(p => new PartnerRow(p.Id, p.Kind, p.NameEn, p.NameVi, p.NativeName, p.CountryCode, p.Parent != null ? p.Parent.NameEn : null, p.Contacts.Count, p.ArchivedAt != null, p.IsDemo))
            .ToListAsync(ct);
        return new Paged<PartnerRow>(rows, total, query.SafePage, query.SafePageSize);
    }

    internal static IQueryable<Partner> Filter(IQueryable<Partner> partners, PartnerListQuery query)
    {
        partners = query.InProvinces(partners);
        partners = partners.Where(p => query.IsArchived ? p.ArchivedAt != null : p.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            partners = partners.Where(p => p.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            partners = partners.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            partners = partners.Where(p => p.CountryCode == query.Country);
        }

        return partners;
    }

    /// <summary>The list's order: the column the person chose, in the direction they chose.</summary>
    internal static IOrderedQueryable<Partner> Sort(IQueryable<Partner> partners, PartnerListQuery query) =>
            (query.Sort, query.IsDesc) switch
        {
            ("kind", false) => partners.OrderBy(p => p.Kind).ThenBy(p => p.NameEn),
            ("kind", true) => partners.OrderByDescending(p => p.Kind).ThenBy(p => p.NameEn),
            ("country", false) => partners.OrderBy(p => p.CountryCode).ThenBy(p => p.NameEn),
            ("country", true) => partners.OrderByDescending(p => p.CountryCode).ThenBy(p => p.NameEn),
            ("updated", false) => partners.OrderBy(p => p.UpdatedAt),
            ("updated", true) => partners.OrderByDescending(p => p.UpdatedAt),
            (_, true) => partners.OrderByDescending(p => p.NameEn),
            _ => partners.OrderBy(p => p.NameEn),
        };
}

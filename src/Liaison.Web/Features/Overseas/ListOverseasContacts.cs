using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Overseas;

public sealed class OverseasListQuery : ListQuery
{
    public OverseasContactKind? Kind { get; set; }

    public string? Country { get; set; }
}

public sealed record OverseasRow(int Id, OverseasContactKind Kind, string Name, string CountryCode, string? City, string? Field, int Involvements, DateOnly? LastInvolved,
    bool IsArchived, bool IsDemo);

/// <summary>The overseas Vietnamese contacts linked to the province, by name unless told, with how often and how lately they took part.</summary>
public sealed class ListOverseasContactsHandler(AppDbContext db)
{
    public async Task<Paged<OverseasRow>> HandleAsync(OverseasListQuery query, CancellationToken ct = default)
    {
        var contacts = query.InProvinces(db.Set<OverseasContact>().AsNoTracking().Where(c => query.IsArchived ? c.ArchivedAt != null : c.ArchivedAt == null));
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            contacts = contacts.Where(c => c.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            contacts = contacts.Where(c => c.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            contacts = contacts.Where(c => c.CountryCode == country);
        }

        var total = await contacts.CountAsync(ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("country", false) => contacts.OrderBy(c => c.CountryCode),
            ("country", true) => contacts.OrderByDescending(c => c.CountryCode),
            ("kind", false) => contacts.OrderBy(c => c.Kind),
            ("kind", true) => contacts.OrderByDescending(c => c.Kind),
            ("name", true) => contacts.OrderByDescending(c => c.Name),
            _ => contacts.OrderBy(c => c.Name),
        };
        var rows = await ListQuery.PageOf(sorted.ThenBy(c => c.Id), query)
            .Select(c => new OverseasRow(c.Id, c.Kind, c.Name, c.CountryCode, c.City, c.Field, c.Involvements.Count, c.Involvements.Max(i => i.OccurredOn),
                c.ArchivedAt != null, c.IsDemo))
            .ToListAsync(ct);
        return new Paged<OverseasRow>(rows, total, query.SafePage, query.SafePageSize);
    }
}

using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

public sealed record PartnerDetails(
    int Id,
    PartnerKind Kind,
    string? NativeName,
    string NameEn,
    string? NameVi,
    string CountryCode,
    int? ParentId,
    string? ParentName,
    string? Notes,
    IReadOnlyList<ContactInput> Contacts,
    IReadOnlyList<PartnerLink> Children,
    bool IsArchived,
    bool IsDemo,
    int Version,
    DateTime UpdatedAt,
    string? UpdatedBy,
    double? Latitude = null,
    double? Longitude = null)
{
    public PartnerInput ToInput() => new()
    {
        Kind = Kind,
        NativeName = NativeName,
        NameEn = NameEn,
        NameVi = NameVi,
        CountryCode = CountryCode,
        ParentId = ParentId,
        Notes = Notes,
        Latitude = Latitude,
        Longitude = Longitude,
        Contacts = Contacts.Select(c => new ContactInput { Name = c.Name, Title = c.Title, Since = c.Since, Until = c.Until }).ToList(),
        Version = Version,
    };
}

public sealed record PartnerLink(int Id, string NameEn);

public sealed class GetPartnerHandler(AppDbContext db)
{
    public async Task<Result<PartnerDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var partner = await db.Partners.AsNoTracking()
            .Include(p => p.Contacts)
            .Include(p => p.Parent)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partner is null)
        {
            return Failures.NotFound("The partner");
        }

        var children = await db.Partners.AsNoTracking()
            .Where(p => p.ParentId == id && p.ArchivedAt == null)
            .OrderBy(p => p.NameEn)
            .Select(p => new PartnerLink(p.Id, p.NameEn))
            .ToListAsync(ct);

        return new PartnerDetails(
            partner.Id,
            partner.Kind,
            partner.NativeName,
            partner.NameEn,
            partner.NameVi,
            partner.CountryCode,
            partner.ParentId,
            partner.Parent?.NameEn,
            partner.Notes,
            partner.Contacts.OrderBy(c => c.Id).Select(c => new ContactInput { Name = c.Name, Title = c.Title, Since = c.Since, Until = c.Until }).ToList(),
            children,
            partner.IsArchived,
            partner.IsDemo,
            partner.Version,
            partner.UpdatedAt,
            partner.UpdatedBy,
            partner.Latitude,
            partner.Longitude);
    }
}

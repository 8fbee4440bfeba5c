using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Reference;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

/// <summary>What a person types to create or change a partner; the form and the API bind the same shape.</summary>
public sealed class PartnerInput
{
    [Required(ErrorMessage = "Choose the kind of partner.")]
    public PartnerKind? Kind { get; set; }

    [StringLength(PartnerLimits.Name, ErrorMessage = "The name in its own language must be 300 characters or fewer.")]
    public string? NativeName { get; set; }

    [Required(ErrorMessage = "Enter the partner's name in English.")]
    [StringLength(PartnerLimits.Name, ErrorMessage = "The English name must be 300 characters or fewer.")]
    public string? NameEn { get; set; }

    [StringLength(PartnerLimits.Name, ErrorMessage = "The Vietnamese name must be 300 characters or fewer.")]
    public string? NameVi { get; set; }

    [Required(ErrorMessage = "Choose the partner's country.")]
    public string? CountryCode { get; set; }

    public int? ParentId { get; set; }

    [StringLength(PartnerLimits.Notes, ErrorMessage = "Notes must be 4,000 characters or fewer.")]
    public string? Notes { get; set; }

    [Range(-90, 90, ErrorMessage = "A latitude lies between -90 (south) and 90 (north) degrees.")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "A longitude lies between -180 (west) and 180 (east) degrees.")]
    public double? Longitude { get; set; }

    public List<ContactInput> Contacts { get; set => field = value ?? []; } = [];

    /// <summary>The version the editor started from; an update with an older version is refused.</summary>
    public int Version { get; set; }

    public static PartnerInput From(Partner p) => new()
    {
        Kind = p.Kind,
        NativeName = p.NativeName,
        NameEn = p.NameEn,
        NameVi = p.NameVi,
        CountryCode = p.CountryCode,
        ParentId = p.ParentId,
        Notes = p.Notes,
        Latitude = p.Latitude,
        Longitude = p.Longitude,
        Contacts = p.Contacts.Select(c => new ContactInput { Name = c.Name, Title = c.Title, Since = c.Since, Until = c.Until }).ToList(),
        Version = p.Version,
    };

    /// <summary>Drops the contact rows left blank on the form, then checks every rule.</summary>
    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, int? editingId, CancellationToken ct)
    {
        Contacts = Contacts.Where(c => !c.IsBlank).ToList();
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (!string.IsNullOrWhiteSpace(CountryCode) && !Countries.IsKnown(CountryCode))
        {
            errors.Add(nameof(CountryCode), $"\"{CountryCode}\" is not an ISO 3166-1 country code. Choose a country from the list.");
        }

        if ((Latitude is null) != (Longitude is null))
        {
            errors.Add(Latitude is null ? nameof(Latitude) : nameof(Longitude), "Enter both the latitude and the longitude of the seat, or neither.");
        }

        for (var i = 0; i < Contacts.Count; i++)
        {
            if (Contacts[i] is { Since: { } since, Until: { } until } && until < since)
            {
                errors.Add($"Contacts[{i}].Until", "The 'until' date must be the same as or after the 'since' date.");
            }
        }

        if (ParentId is { } parentId)
        {
            if (parentId == editingId)
            {
                errors.Add(nameof(ParentId), "A partner cannot be its own parent.");
            }
            else if (!await db.Partners.AnyAsync(p => p.Id == parentId, ct))
            {
                errors.Add(nameof(ParentId), "Choose a parent from your province's register.");
            }
            else if (editingId is { } id && await IsDescendantAsync(db, parentId, id, ct))
            {
                errors.Add(nameof(ParentId), "That partner sits under this one; choosing it as parent would make a loop.");
            }
        }

        return errors;
    }

    internal void ApplyTo(Partner partner)
    {
        partner.Kind = Kind!.Value;
        partner.NativeName = NativeName?.Trim();
        partner.NameEn = NameEn!.Trim();
        partner.NameVi = NameVi?.Trim();
        partner.CountryCode = CountryCode!;
        partner.ParentId = ParentId;
        partner.Notes = Notes?.Trim();
        partner.Latitude = Latitude;
        partner.Longitude = Longitude;
        partner.Contacts.Sort((x, y) => x.Id.CompareTo(y.Id)); // the order they were entered, as the form shows them
        RowSync.Apply(partner.Contacts, Contacts, () => new PartnerContact { Name = string.Empty }, (c, row) =>
        {
            row.Name = c.Name!.Trim();
            row.Title = c.Title?.Trim();
            row.Since = c.Since;
            row.Until = c.Until;
        });
    }

    private static async Task<bool> IsDescendantAsync(AppDbContext db, int candidateId, int ancestorId, CancellationToken ct)
    {
        int? current = candidateId;
        for (var depth = 0; current is not null && depth < 20; depth++)
        {
            if (current == ancestorId)
            {
                return true;
            }

            current = await db.Partners.Where(p => p.Id == current).Select(p => p.ParentId).FirstOrDefaultAsync(ct);
        }

        return false;
    }
}

public sealed class ContactInput
{
    [Required(ErrorMessage = "Enter the contact's name, or clear the row.")]
    [StringLength(PartnerLimits.Name, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    [StringLength(PartnerLimits.Name, ErrorMessage = "The title must be 300 characters or fewer.")]
    public string? Title { get; set; }

    public DateOnly? Since { get; set; }

    public DateOnly? Until { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title) && Since is null && Until is null;
}

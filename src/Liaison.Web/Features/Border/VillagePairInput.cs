using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Reference;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Border;

public sealed class VillagePairInput
{
    [Required(ErrorMessage = "Name the village (or commune) on this side.")]
    [StringLength(200, ErrorMessage = "The village must be 200 characters or fewer.")]
    public string? OurVillage { get; set; }

    [Required(ErrorMessage = "Name the commune it belongs to.")]
    [StringLength(200, ErrorMessage = "The commune must be 200 characters or fewer.")]
    public string? OurCommune { get; set; }

    [Required(ErrorMessage = "Name the village across the border.")]
    [StringLength(200, ErrorMessage = "The village across the border must be 200 characters or fewer.")]
    public string? TheirVillage { get; set; }

    [StringLength(200, ErrorMessage = "The township or county must be 200 characters or fewer.")]
    public string? TheirLocality { get; set; }

    [Required(ErrorMessage = "Choose the country across the border.")]
    public string? CountryCode { get; set; }

    /// <summary>The twinning agreement, one of your province's agreements.</summary>
    public int? AgreementId { get; set; }

    public int? SinceYear { get; set; }

    public int? SinceMonth { get; set; }

    public int? SinceDay { get; set; }

    [StringLength(4000, ErrorMessage = "The notes must be 4,000 characters or fewer.")]
    public string? Notes { get; set; }

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (!string.IsNullOrWhiteSpace(CountryCode))
        {
            var code = CountryCode.Trim().ToUpperInvariant();
            if (!Countries.IsKnown(code))
            {
                errors.Add(nameof(CountryCode), "Choose a country from the list.");
            }
            else if (code == "VN")
            {
                errors.Add(nameof(CountryCode), "The other village is across the border: choose the neighbouring country.");
            }
        }

        PartialDate.Build(SinceYear, SinceMonth, SinceDay, nameof(SinceYear), errors, today);
        if (AgreementId is { } id && !await db.Agreements.AnyAsync(a => a.Id == id && a.ArchivedAt == null, ct))
        {
            errors.Add(nameof(AgreementId), "Choose one of your province's agreements.");
        }

        return errors;
    }

    internal void ApplyTo(VillagePair p)
    {
        p.OurVillage = OurVillage!.Trim();
        p.OurCommune = OurCommune!.Trim();
        p.TheirVillage = TheirVillage!.Trim();
        p.TheirLocality = TextInput.Clean(TheirLocality);
        p.CountryCode = CountryCode!.Trim().ToUpperInvariant();
        p.AgreementId = AgreementId;
        var since = PartialDate.Build(SinceYear, SinceMonth, SinceDay, string.Empty, new ValidationErrors(), DateOnly.MaxValue);
        p.Since = since?.Date;
        p.SincePrecision = since?.Precision ?? DatePrecision.Day;
        p.Notes = TextInput.Clean(Notes);
    }
}

using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

/// <summary>What a person types to record or change an agreement, with its parties and commitments. Its status moves separately.</summary>
public sealed class AgreementInput
{
    [Required(ErrorMessage = "Choose the kind of agreement.")]
    public AgreementKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the agreement's title.")]
    [StringLength(AgreementLimits.Title, ErrorMessage = "The title must be 500 characters or fewer.")]
    public string? Title { get; set; }

    [StringLength(AgreementLimits.LongText, ErrorMessage = "The summary must be 4,000 characters or fewer.")]
    public string? Summary { get; set; }

    public List<DomesticPartyInput> DomesticParties { get; set => field = value ?? []; } = [];

    public int[] PartnerIds { get; set => field = value ?? []; } = [];

    public string[] FieldCodes { get; set => field = value ?? []; } = [];

    public DateOnly? SignedOn { get; set; }

    [StringLength(AgreementLimits.Name, ErrorMessage = "The place must be 300 characters or fewer.")]
    public string? SignedPlace { get; set; }

    [StringLength(AgreementLimits.Name, ErrorMessage = "The language must be 300 characters or fewer.")]
    public string? Language { get; set; }

    [StringLength(AgreementLimits.Name, ErrorMessage = "The signer's name must be 300 characters or fewer.")]
    public string? SignerName { get; set; }

    [StringLength(AgreementLimits.Name, ErrorMessage = "The signer's title must be 300 characters or fewer.")]
    public string? SignerTitle { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public int? RenewsAgreementId { get; set; }

    public List<CommitmentInput> Commitments { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, int? editingId, CancellationToken ct)
    {
        DomesticParties = DomesticParties.Where(p => !p.IsBlank).ToList();
        Commitments = Commitments.Where(c => !c.IsBlank).ToList();
        FieldCodes = FieldCodes.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct().ToArray();
        var errors = new ValidationErrors().CheckAnnotations(this);

        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            errors.Add(nameof(ValidTo), "The end of the term must be the same as or after its start.");
        }

        if (SignedOn is { Year: < 1945 or > 2100 })
        {
            errors.Add(nameof(SignedOn), "The signing date must be between 1945 and 2100.");
        }

        if (DomesticParties.Count == 0)
        {
            errors.Add(nameof(DomesticParties), "Name at least one party on the Vietnamese side (the province, a department or a commune).");
        }

        if (PartnerIds.Length == 0)
        {
            errors.Add(nameof(PartnerIds), "Choose at least one foreign partner.");
        }

        await PartnerReferences.CheckAsync(db, PartnerIds, errors, nameof(PartnerIds), ct);

        if (FieldCodes.Length > 0)
        {
            var known = await db.CooperationFields.Where(f => f.IsActive && FieldCodes.Contains(f.Code)).CountAsync(ct);
            if (known != FieldCodes.Length)
            {
                errors.Add(nameof(FieldCodes), "Choose fields of cooperation from the list.");
            }
        }

        if (RenewsAgreementId is { } renews)
        {
            if (renews == editingId)
            {
                errors.Add(nameof(RenewsAgreementId), "An agreement cannot renew itself.");
            }
            else if (!await db.Agreements.AnyAsync(a => a.Id == renews, ct))
            {
                errors.Add(nameof(RenewsAgreementId), "Choose the renewed agreement from your province's agreements.");
            }
        }

        return errors;
    }

    internal void ApplyTo(Agreement a)
    {
        a.Kind = Kind!.Value;
        a.Title = Title!.Trim();
        a.Summary = Summary?.Trim();
        a.SignedOn = SignedOn;
        a.SignedPlace = SignedPlace?.Trim();
        a.Language = Language?.Trim();
        a.SignerName = SignerName?.Trim();
        a.SignerTitle = SignerTitle?.Trim();
        a.ValidFrom = ValidFrom;
        a.ValidTo = ValidTo;
        a.RenewsAgreementId = RenewsAgreementId;

        a.DomesticParties.Sort((x, y) => x.Id.CompareTo(y.Id)); // the order they were entered, as the form shows them
        RowSync.Apply(a.DomesticParties, DomesticParties, () => new AgreementDomesticParty { Name = string.Empty }, (p, row) =>
        {
            row.Kind = p.Kind!.Value;
            row.Name = p.Name!.Trim();
        });
        a.Partners.RemoveAll(p => !PartnerIds.Contains(p.PartnerId));
        a.Partners.AddRange(PartnerIds.Distinct().Where(id => a.Partners.All(p => p.PartnerId != id)).Select(id => new AgreementPartner { PartnerId = id }));
        a.Fields.RemoveAll(f => !FieldCodes.Contains(f.FieldCode));
        a.Fields.AddRange(FieldCodes.Where(code => a.Fields.All(f => f.FieldCode != code)).Select(code => new AgreementField { FieldCode = code }));

        // Commitments keep their identity across edits: rows with an id update that commitment, rows
        // without one are new, and a commitment whose row was cleared is removed.
        var kept = Commitments.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
        a.Commitments.RemoveAll(c => !kept.Contains(c.Id));
        foreach (var input in Commitments)
        {
            var commitment = input.Id is { } id ? a.Commitments.FirstOrDefault(c => c.Id == id) : null;
            if (commitment is null)
            {
                commitment = new Commitment { Description = string.Empty, OwnerUnit = string.Empty };
                a.Commitments.Add(commitment);
            }

            commitment.Description = input.Description!.Trim();
            commitment.OwnerUnit = input.OwnerUnit!.Trim();
            commitment.DueDate = input.DueDate;
            commitment.Status = input.Status ?? CommitmentStatus.Open;
            commitment.ProgressNotes = input.ProgressNotes?.Trim();
        }
    }
}

public sealed class DomesticPartyInput
{
    [Required(ErrorMessage = "Choose whether the party is the province, a department, a commune or another unit.")]
    public DomesticPartyKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the party's name, or clear the row.")]
    [StringLength(AgreementLimits.Name, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name);
}

public sealed class CommitmentInput
{
    /// <summary>The commitment's id when editing an existing one; empty for a new one.</summary>
    public int? Id { get; set; }

    [Required(ErrorMessage = "Describe the commitment, or clear the row.")]
    [StringLength(AgreementLimits.LongText, ErrorMessage = "The description must be 4,000 characters or fewer.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter the unit that owns the commitment.")]
    [StringLength(AgreementLimits.Name, ErrorMessage = "The unit must be 300 characters or fewer.")]
    public string? OwnerUnit { get; set; }

    public DateOnly? DueDate { get; set; }

    public CommitmentStatus? Status { get; set; }

    [StringLength(AgreementLimits.LongText, ErrorMessage = "The progress notes must be 4,000 characters or fewer.")]
    public string? ProgressNotes { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(OwnerUnit) && DueDate is null && string.IsNullOrWhiteSpace(ProgressNotes);
}

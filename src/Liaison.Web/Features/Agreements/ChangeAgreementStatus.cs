using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

public sealed class AgreementStatusInput
{
    [Required(ErrorMessage = "Choose the status to move to.")]
    public AgreementStatus? To { get; set; }

    /// <summary>The date of the event the move stands for: the signing, the entry into force, the termination.</summary>
    public DateOnly? OccurredOn { get; set; }

    [StringLength(AgreementLimits.LongText, ErrorMessage = "The note must be 4,000 characters or fewer.")]
    public string? Note { get; set; }

    /// <summary>Required when a leader approves the signing: the number of the decision.</summary>
    [StringLength(AgreementLimits.DecisionNumber, ErrorMessage = "The decision number must be 100 characters or fewer.")]
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>Required when a leader rejects: it is carried back to the officers.</summary>
    [StringLength(AgreementLimits.LongText, ErrorMessage = "The reason must be 4,000 characters or fewer.")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}

/// <summary>Moves an agreement along its life; signing and termination are also written as dated lifecycle events.</summary>
public sealed class ChangeAgreementStatusHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<AgreementStatus>> HandleAsync(int id, AgreementStatusInput input, CancellationToken ct = default)
    {
        var agreement = await db.Agreements.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return Failures.NotFound("The agreement");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var to = input.To!.Value;
        if (agreement.IsArchived)
        {
            return new ConflictFailure("The agreement is archived; restore it before changing its status.");
        }

        if (!AgreementStatusRules.IsAllowed(agreement.Status, to))
        {
            return new ConflictFailure(AgreementStatusRules.Explain(agreement.Status, to));
        }

        if (!user.IsAnyOf(AgreementStatusRules.WhoMay(to)))
        {
            return new ForbiddenFailure(AgreementStatusRules.ExplainWho(to));
        }

        if (to == AgreementStatus.Signed && (input.OccurredOn ?? agreement.SignedOn) is null)
        {
            errors.Add(nameof(input.OccurredOn), "Enter the date the agreement was signed.");
        }

        if (to == AgreementStatus.Terminated && input.OccurredOn is null)
        {
            errors.Add(nameof(input.OccurredOn), "Enter the date the agreement was terminated.");
        }

        if (to == AgreementStatus.ApprovedForSigning)
        {
            if (string.IsNullOrWhiteSpace(input.DecisionNumber))
            {
                errors.Add(nameof(input.DecisionNumber), "Enter the number of the decision approving the signing.");
            }

            if (input.DecisionDate is null)
            {
                errors.Add(nameof(input.DecisionDate), "Enter the date of the decision approving the signing.");
            }
        }

        if (to == AgreementStatus.Rejected && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(nameof(input.Reason), "Say why the agreement is rejected; the officers who proposed it will read it.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        switch (to)
        {
            case AgreementStatus.Signed:
                agreement.SignedOn = input.OccurredOn ?? agreement.SignedOn;
                agreement.Events.Add(new AgreementEvent { Kind = AgreementEventKind.Signed, OccurredOn = agreement.SignedOn!.Value, Note = input.Note?.Trim() });
                break;
            case AgreementStatus.InForce:
                agreement.ValidFrom ??= input.OccurredOn ?? agreement.SignedOn;
                break;
            case AgreementStatus.Terminated:
                agreement.Events.Add(new AgreementEvent { Kind = AgreementEventKind.Terminated, OccurredOn = input.OccurredOn!.Value, Note = input.Note?.Trim() });
                break;
        }

        if (to == AgreementStatus.ApprovedForSigning)
        {
            agreement.ApprovalDecisionNumber = input.DecisionNumber!.Trim();
            agreement.ApprovalDecisionDate = input.DecisionDate;
        }

        // The reason stays on the record while it is rejected and is cleared once the proposal is taken up again.
        agreement.StatusReason = to == AgreementStatus.Rejected ? input.Reason!.Trim() : null;
        agreement.Status = to;
        if (input.Version is { } version)
        {
            db.ExpectVersion(agreement, version);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return to;
    }
}

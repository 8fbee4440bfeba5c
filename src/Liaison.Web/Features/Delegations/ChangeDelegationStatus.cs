using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Delegations;

public sealed class DelegationStatusInput
{
    [Required(ErrorMessage = "Choose the status to move to.")]
    public DelegationStatus? To { get; set; }

    /// <summary>Required when rejecting or cancelling: it is carried back to the submitter.</summary>
    [StringLength(DelegationLimits.LongText, ErrorMessage = "The reason must be 4,000 characters or fewer.")]
    public string? Reason { get; set; }

    /// <summary>Required when approving: the number of the approval decision.</summary>
    [StringLength(DelegationLimits.DecisionNumber, ErrorMessage = "The decision number must be 100 characters or fewer.")]
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>The version the person saw; a move made on a stale page is refused.</summary>
    public int? Version { get; set; }
}

public sealed class ChangeDelegationStatusHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<DelegationStatus>> HandleAsync(int id, DelegationStatusInput input, CancellationToken ct = default)
    {
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delegation is null)
        {
            return Failures.NotFound("The delegation");
        }

        if (!user.CanEdit)
        {
            return Failures.ReadOnly();
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var to = input.To!.Value;
        if (delegation.IsArchived)
        {
            return new ConflictFailure("The delegation is archived; restore it before changing its status.");
        }

        if (!DelegationStatusRules.IsAllowed(delegation.Status, to))
        {
            return new ConflictFailure(DelegationStatusRules.Explain(delegation.Status, to));
        }

        if (!user.IsAnyOf(DelegationStatusRules.WhoMay(delegation.Status, to)))
        {
            return new ForbiddenFailure(DelegationStatusRules.ExplainWho(delegation.Status, to));
        }

        if (to == DelegationStatus.Approved)
        {
            if (string.IsNullOrWhiteSpace(input.DecisionNumber ?? delegation.DecisionNumber))
            {
                errors.Add(nameof(input.DecisionNumber), "Enter the number of the approval decision.");
            }

            if ((input.DecisionDate ?? delegation.DecisionDate) is null)
            {
                errors.Add(nameof(input.DecisionDate), "Enter the date of the approval decision.");
            }
        }

        if (to is DelegationStatus.Rejected or DelegationStatus.Cancelled && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(nameof(input.Reason), to == DelegationStatus.Rejected
                ? "Say why the delegation is rejected; the submitter will read it."
                : "Say why the delegation is cancelled.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (to == DelegationStatus.Approved)
        {
            delegation.DecisionNumber = input.DecisionNumber?.Trim() ?? delegation.DecisionNumber;
            delegation.DecisionDate = input.DecisionDate ?? delegation.DecisionDate;
        }

        delegation.StatusReason = to is DelegationStatus.Rejected or DelegationStatus.Cancelled ? input.Reason!.Trim() : null;
        delegation.Status = to;
        if (input.Version is { } version)
        {
            db.ExpectVersion(delegation, version);
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

using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

public sealed class AgreementEventInput
{
    [Required(ErrorMessage = "Choose what happened: amended, extended or suspended.")]
    public AgreementEventKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the date it happened.")]
    public DateOnly? OccurredOn { get; set; }

    /// <summary>For an extension: the new end of the term.</summary>
    public DateOnly? NewValidTo { get; set; }

    [StringLength(AgreementLimits.LongText, ErrorMessage = "The note must be 4,000 characters or fewer.")]
    public string? Note { get; set; }
}

/// <summary>
/// Writes an amendment, extension or suspension into the agreement's life. Signing and termination are
/// status moves (<see cref="ChangeAgreementStatusHandler"/>), which write their own events.
/// </summary>
public sealed class RecordAgreementEventHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int agreementId, AgreementEventInput input, CancellationToken ct = default)
    {
        var agreement = await db.Agreements.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return Failures.NotFound("The agreement");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        if (input.Kind is AgreementEventKind.Signed or AgreementEventKind.Terminated)
        {
            errors.Add(nameof(input.Kind), "Signing and termination are recorded by changing the agreement's status.");
        }

        if (input.Kind == AgreementEventKind.Extended && input.NewValidTo is null)
        {
            errors.Add(nameof(input.NewValidTo), "Enter the new end of the term.");
        }

        if (input.NewValidTo is { } newEnd && agreement.ValidFrom is { } start && newEnd < start)
        {
            errors.Add(nameof(input.NewValidTo), "The new end of the term must be after its start.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (agreement.Status is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return new ConflictFailure($"Only a signed agreement or one in force can be amended, extended or suspended; this one is {AgreementStatusRules.Label(agreement.Status)}.");
        }

        if (input.Kind == AgreementEventKind.Extended)
        {
            agreement.ValidTo = input.NewValidTo;
        }

        var recorded = new AgreementEvent { Kind = input.Kind!.Value, OccurredOn = input.OccurredOn!.Value, Note = input.Note?.Trim() };
        agreement.Events.Add(recorded);
        db.Entry(agreement).Property(a => a.UpdatedAt).IsModified = true; // the agreement's version moves on with the event
        await db.SaveChangesAsync(ct);
        return recorded.Id;
    }
}

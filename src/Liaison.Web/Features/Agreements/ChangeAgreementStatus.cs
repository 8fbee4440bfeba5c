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

using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Apec;

/// <summary>
/// Takes an application's next step, dated: only the step that follows (<see cref="ApecSteps"/>), on or after the day of
/// the one before and not in the future; a refusal says why, an issued card has its number and expiry.
/// </summary>
public sealed class TakeApecStepHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    /// <summary>A card is valid for at most five years (Decision 45/2006/QĐ-TTg and its amendments).</summary>
    public const int MaxCardYears = 5;

    public async Task<Result<ApecStep>> HandleAsync(int id, ApecStepInput input, CancellationToken ct = default)
    {
        var application = await db.Set<ApecApplication>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Failures.NotFound("The application");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        if (input.To is { } step && !Enum.IsDefined(step))
        {
            errors.Add(nameof(input.To), "Choose the step from the list.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (application.IsArchived)
        {
            return new ConflictFailure("The application is archived; restore it before taking a step.");
        }

        var to = input.To!.Value;
        if (!ApecSteps.IsAllowed(application.Step, to))
        {
            return new ConflictFailure(ApecSteps.Explain(application.Step, to));
        }

        var on = input.OccurredOn!.Value;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (on > today)
        {
            errors.Add(nameof(input.OccurredOn), "A step can't be dated in the future.");
        }
        else if (on < LastStepDate(application))
        {
            errors.Add(nameof(input.OccurredOn), "A step can't come before the step before it.");
        }

        if (to == ApecStep.Refused && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(nameof(input.Reason), "Say why the application was refused.");
        }

        if (to == ApecStep.CardIssued)
        {
            if (string.IsNullOrWhiteSpace(input.CardNumber))
            {
                errors.Add(nameof(input.CardNumber), "Enter the card's number.");
            }

            if (input.CardExpiresOn is not { } expires)
            {
                errors.Add(nameof(input.CardExpiresOn), "Enter the day the card expires.");
            }
            else if (expires <= on || expires > on.AddYears(MaxCardYears))
            {
                errors.Add(nameof(input.CardExpiresOn), "A card expires after the day it is issued and within five years of it.");
            }
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        application.Step = to;
        switch (to)
        {
            case ApecStep.Appraised:
                application.AppraisedOn = on;
                break;
            case ApecStep.SentForApproval:
                application.SentForApprovalOn = on;
                break;
            case ApecStep.Approved:
                application.DecidedOn = on;
                break;
            case ApecStep.Refused:
                application.DecidedOn = on;
                application.RefusalReason = input.Reason!.Trim();
                break;
            case ApecStep.CardIssued:
                application.CardIssuedOn = on;
                application.CardNumber = input.CardNumber!.Trim();
                application.CardExpiresOn = input.CardExpiresOn;
                break;
        }

        // Sent by the page (the version it showed); an API caller may leave it out and take the step on what is saved now.
        if (input.Version is { } version)
        {
            db.ExpectVersion(application, version);
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

    private static DateOnly LastStepDate(ApecApplication a) =>
        a.CardIssuedOn ?? a.DecidedOn ?? a.SentForApprovalOn ?? a.AppraisedOn ?? a.ReceivedOn;
}

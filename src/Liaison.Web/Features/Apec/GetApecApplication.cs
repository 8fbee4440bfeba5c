using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Apec;

public sealed record ApecApplicationDetails(
    int Id, string ApplicantName, string? ApplicantTitle, string CompanyName, string? CompanyTaxCode, string PassportNumber, DateOnly? PassportExpiresOn,
    IReadOnlyList<string> Economies, string? Notes, ApecStep Step, IReadOnlyList<ApecStep> NextSteps, DateOnly ReceivedOn, DateOnly? AppraisedOn,
    DateOnly? SentForApprovalOn, DateOnly? DecidedOn, string? RefusalReason, string? CardNumber, DateOnly? CardIssuedOn, DateOnly? CardExpiresOn,
    bool CardInForce, bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public ApecApplicationInput ToInput() => new()
    {
        ApplicantName = ApplicantName, ApplicantTitle = ApplicantTitle, CompanyName = CompanyName, CompanyTaxCode = CompanyTaxCode, PassportNumber = PassportNumber,
        PassportExpiresOn = PassportExpiresOn, Economies = [.. Economies], Notes = Notes, ReceivedOn = ReceivedOn, Version = Version,
    };
}

/// <summary>One application with its dated steps, the steps it may take next, and whether its card is in force today.</summary>
public sealed class GetApecApplicationHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Result<ApecApplicationDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var a = await db.Set<ApecApplication>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return Failures.NotFound("The application");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new ApecApplicationDetails(a.Id, a.ApplicantName, a.ApplicantTitle, a.CompanyName, a.CompanyTaxCode, a.PassportNumber, a.PassportExpiresOn, a.EconomyCodes,
            a.Notes, a.Step, a.IsArchived ? [] : ApecSteps.NextOf(a.Step), a.ReceivedOn, a.AppraisedOn, a.SentForApprovalOn, a.DecidedOn, a.RefusalReason, a.CardNumber,
            a.CardIssuedOn, a.CardExpiresOn, a.Step == ApecStep.CardIssued && a.CardExpiresOn >= today, a.IsArchived, a.IsDemo, a.Version, a.UpdatedAt, a.UpdatedBy);
    }
}

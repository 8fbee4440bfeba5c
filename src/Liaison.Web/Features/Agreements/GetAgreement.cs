using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

public sealed record AgreementEventView(AgreementEventKind Kind, DateOnly OccurredOn, string? Note);

public sealed record AgreementDetails(
    int Id,
    AgreementKind Kind,
    string Title,
    string? Summary,
    IReadOnlyList<DomesticPartyInput> DomesticParties,
    IReadOnlyList<PartnerLink> Partners,
    IReadOnlyList<string> FieldCodes,
    DateOnly? SignedOn,
    string? SignedPlace,
    string? Language,
    string? SignerName,
    string? SignerTitle,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    AgreementStatus Status,
    IReadOnlyList<AgreementStatus> AllowedMoves,
    string? ApprovalDecisionNumber,
    DateOnly? ApprovalDecisionDate,
    string? StatusReason,
    int? RenewsAgreementId,
    string? RenewsAgreementTitle,
    IReadOnlyList<AgreementEventView> Events,
    IReadOnlyList<CommitmentInput> Commitments,
    bool IsArchived,
    bool IsDemo,
    int Version,
    DateTime UpdatedAt,
    string? UpdatedBy)
{
    public AgreementInput ToInput() => new()
    {
        Kind = Kind,
        Title = Title,
        Summary = Summary,
        DomesticParties = DomesticParties.Select(p => new DomesticPartyInput { Kind = p.Kind, Name = p.Name }).ToList(),
        PartnerIds = Partners.Select(p => p.Id).ToArray(),
        FieldCodes = FieldCodes.ToArray(),
        SignedOn = SignedOn,
        SignedPlace = SignedPlace,
        Language = Language,
        SignerName = SignerName,
        SignerTitle = SignerTitle,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        RenewsAgreementId = RenewsAgreementId,
        Commitments = Commitments.Select(c => new CommitmentInput { Id = c.Id, Description = c.Description, OwnerUnit = c.OwnerUnit, DueDate = c.DueDate, Status = c.Status, ProgressNotes = c.ProgressNotes }).ToList(),
        Version = Version,
    };
}

public sealed class GetAgreementHandler(AppDbContext db, Accounts.CurrentUser user)
{
    public async Task<Result<AgreementDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var a = await db.Agreements.AsNoTracking()
            .Include(x => x.DomesticParties).Include(x => x.Partners).ThenInclude(p => p.Partner)
            .Include(x => x.Fields).Include(x => x.Events).Include(x => x.Commitments).Include(x => x.RenewsAgreement)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return Failures.NotFound("The agreement");
        }

        return new AgreementDetails(
            a.Id, a.Kind, a.Title, a.Summary,
            a.DomesticParties.OrderBy(p => p.Id).Select(p => new DomesticPartyInput { Kind = p.Kind, Name = p.Name }).ToList(),
            a.Partners.Where(p => p.Partner != null).Select(p => new PartnerLink(p.PartnerId, p.Partner!.NameEn)).OrderBy(p => p.NameEn).ToList(),
            a.Fields.Select(f => f.FieldCode).Order().ToList(),
            a.SignedOn, a.SignedPlace, a.Language, a.SignerName, a.SignerTitle, a.ValidFrom, a.ValidTo,
            a.Status, AgreementStatusRules.AllowedFor(user, a.Status), a.ApprovalDecisionNumber, a.ApprovalDecisionDate, a.StatusReason,
            a.RenewsAgreementId, a.RenewsAgreement?.Title,
            a.Events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).Select(e => new AgreementEventView(e.Kind, e.OccurredOn, e.Note)).ToList(),
            a.Commitments.OrderBy(c => c.DueDate ?? DateOnly.MaxValue).ThenBy(c => c.Id)
                .Select(c => new CommitmentInput { Id = c.Id, Description = c.Description, OwnerUnit = c.OwnerUnit, DueDate = c.DueDate, Status = c.Status, ProgressNotes = c.ProgressNotes }).ToList(),
            a.IsArchived, a.IsDemo, a.Version, a.UpdatedAt, a.UpdatedBy);
    }
}

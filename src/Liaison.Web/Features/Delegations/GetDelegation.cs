using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Delegations;

public sealed record DelegationDetails(
    int Id,
    DelegationDirection Direction,
    string Title,
    DelegationPurpose Purpose,
    string? PurposeDetail,
    DateOnly StartDate,
    DateOnly EndDate,
    string? HeadName,
    string? HeadTitle,
    DelegationLevel Level,
    int MemberCount,
    IReadOnlyList<MemberInput> Members,
    string? HostUnit,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<PartnerLink> Partners,
    FundingSource FundingSource,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    string? Outcome,
    DelegationStatus Status,
    string? StatusReason,
    IReadOnlyList<DelegationStatus> AllowedMoves,
    bool IsArchived,
    bool IsDemo,
    int Version,
    DateTime UpdatedAt,
    string? UpdatedBy)
{
    public DelegationInput ToInput() => new()
    {
        Direction = Direction,
        Title = Title,
        Purpose = Purpose,
        PurposeDetail = PurposeDetail,
        StartDate = StartDate,
        EndDate = EndDate,
        HeadName = HeadName,
        HeadTitle = HeadTitle,
        Level = Level,
        MemberCount = MemberCount,
        Members = Members.Select(m => new MemberInput { Name = m.Name, Title = m.Title, Organisation = m.Organisation }).ToList(),
        HostUnit = HostUnit,
        CountryCodes = CountryCodes.ToArray(),
        PartnerIds = Partners.Select(p => p.Id).ToArray(),
        FundingSource = FundingSource,
        DecisionNumber = DecisionNumber,
        DecisionDate = DecisionDate,
        Outcome = Outcome,
        Version = Version,
    };
}

public sealed class GetDelegationHandler(AppDbContext db, Accounts.CurrentUser user)
{
    public async Task<Result<DelegationDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var d = await db.Delegations.AsNoTracking()
            .Include(x => x.Members).Include(x => x.Countries).Include(x => x.Partners).ThenInclude(p => p.Partner)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return Failures.NotFound("The delegation");
        }

        return new DelegationDetails(
            d.Id, d.Direction, d.Title, d.Purpose, d.PurposeDetail, d.StartDate, d.EndDate, d.HeadName, d.HeadTitle, d.Level, d.MemberCount,
            d.Members.OrderBy(m => m.Id).Select(m => new MemberInput { Name = m.Name, Title = m.Title, Organisation = m.Organisation }).ToList(),
            d.HostUnit,
            d.Countries.Select(c => c.CountryCode).Order().ToList(),
            d.Partners.Where(p => p.Partner != null).Select(p => new PartnerLink(p.PartnerId, p.Partner!.NameEn)).OrderBy(p => p.NameEn).ToList(),
            d.FundingSource, d.DecisionNumber, d.DecisionDate, d.Outcome, d.Status, d.StatusReason,
            DelegationStatusRules.AllowedFor(user, d.Status),
            d.IsArchived, d.IsDemo, d.Version, d.UpdatedAt, d.UpdatedBy);
    }
}

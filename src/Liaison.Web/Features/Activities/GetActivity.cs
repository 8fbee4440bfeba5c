using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Activities;

public sealed record ActivityDetails(
    int Id,
    ActivityKind Kind,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    bool InProvince,
    string? Place,
    string CountryCode,
    IReadOnlyList<PartnerLink> Partners,
    string? Organiser,
    int? ParticipantCount,
    string? Outcome,
    ActivityStatus Status,
    int? DelegationId,
    string? DelegationTitle,
    bool IsArchived,
    bool IsDemo,
    int Version,
    DateTime UpdatedAt,
    string? UpdatedBy,
    int? BorderGateId = null,
    string? BorderGateName = null,
    string? BorderStretch = null)
{
    public ActivityInput ToInput() => new()
    {
        Kind = Kind,
        Title = Title,
        StartDate = StartDate,
        EndDate = EndDate,
        InProvince = InProvince,
        Place = Place,
        CountryCode = CountryCode,
        PartnerIds = Partners.Select(p => p.Id).ToArray(),
        Organiser = Organiser,
        ParticipantCount = ParticipantCount,
        Outcome = Outcome,
        Status = Status,
        DelegationId = DelegationId,
        BorderGateId = BorderGateId,
        BorderStretch = BorderStretch,
        Version = Version,
    };
}

public sealed class GetActivityHandler(AppDbContext db)
{
    public async Task<Result<ActivityDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var a = await db.Activities.AsNoTracking()
            .Include(x => x.Partners).ThenInclude(p => p.Partner)
            .Include(x => x.Delegation)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return Failures.NotFound("The activity");
        }

        return new ActivityDetails(
            a.Id, a.Kind, a.Title, a.StartDate, a.EndDate, a.InProvince, a.Place, a.CountryCode,
            a.Partners.Where(p => p.Partner != null).Select(p => new PartnerLink(p.PartnerId, p.Partner!.NameEn)).OrderBy(p => p.NameEn).ToList(),
            a.Organiser, a.ParticipantCount, a.Outcome, a.Status, a.DelegationId, a.Delegation?.Title,
            a.IsArchived, a.IsDemo, a.Version, a.UpdatedAt, a.UpdatedBy, a.BorderGateId,
            a.BorderGateId is { } gateId ? await db.Set<Border.BorderGate>().Where(g => g.Id == gateId).Select(g => g.Name + " – " + g.CounterpartName).FirstOrDefaultAsync(ct) : null,
            a.BorderStretch);
    }
}

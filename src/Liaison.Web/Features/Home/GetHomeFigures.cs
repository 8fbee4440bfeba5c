using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Home;

public sealed record YearFigure(int Year, int Delegations, long Visitors);

/// <summary>The start page's headline figures, counted from the records the user may read (archived and cancelled ones left out).</summary>
public sealed record HomeFigures(
    int Partners,
    int InboundSince2020,
    long VisitorsSince2020,
    int OutboundSince2020,
    int AgreementsInForce,
    int OpenCommitments,
    int ActivitiesThisYear,
    IReadOnlyList<YearFigure> InboundByYear,
    int InboundThisYear = 0,
    int AgreementsSignedThisYear = 0,
    IReadOnlyList<Reports.BreakdownLine>? InboundByCountry = null);

public sealed class GetHomeFiguresHandler(AppDbContext db, TimeProvider clock)
{
    public static readonly DateOnly TermStart = new(2020, 1, 1);

    public async Task<HomeFigures> HandleAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var counted = db.Delegations.Where(d => d.ArchivedAt == null && d.Status != DelegationStatus.Cancelled && d.Status != DelegationStatus.Rejected && d.StartDate >= TermStart);
        var inbound = counted.Where(d => d.Direction == DelegationDirection.Inbound);
        var byYear = await inbound
            .GroupBy(d => d.StartDate.Year)
            .Select(g => new YearFigure(g.Key, g.Count(), g.Sum(d => (long)d.MemberCount)))
            .ToListAsync(ct);

        var thisYear = new DateOnly(today.Year, 1, 1);
        var nextYear = thisYear.AddYears(1);
        // Grouped in the database: a delegation names each country once, so a country's rows are its delegations.
        var byCountry = (await inbound.SelectMany(d => d.Countries, (d, c) => c.CountryCode).GroupBy(code => code).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(g => new Reports.BreakdownLine(g.Key, Reference.Countries.NameEn(g.Key), g.Count, null,
                $"/delegations?direction=Inbound&counted=true&from={Reports.Dates.Format(TermStart, "yyyy-MM-dd")}&country={g.Key}"))
            .OrderByDescending(l => l.Value)
            .ToList();

        return new HomeFigures(
            await db.Partners.CountAsync(p => p.ArchivedAt == null, ct),
            byYear.Sum(y => y.Delegations),
            byYear.Sum(y => y.Visitors),
            await counted.CountAsync(d => d.Direction == DelegationDirection.Outbound, ct),
            await db.Agreements.CountAsync(a => a.ArchivedAt == null && a.Status == AgreementStatus.InForce, ct),
            await db.Agreements.Where(a => a.ArchivedAt == null).SelectMany(a => a.Commitments)
                .CountAsync(c => c.Status == CommitmentStatus.Open || c.Status == CommitmentStatus.InProgress, ct),
            await db.Activities.CountAsync(a => a.ArchivedAt == null && a.Status != ActivityStatus.Cancelled && a.StartDate.Year == today.Year, ct),
            byYear.OrderBy(y => y.Year).ToList(),
            await inbound.CountAsync(d => d.StartDate >= thisYear && d.StartDate < nextYear, ct),
            await db.Agreements.CountAsync(a => a.ArchivedAt == null && a.SignedOn >= thisYear && a.SignedOn < nextYear, ct),
            byCountry);
    }
}

using Liaison.Web.Features.Deadlines;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Ngos;

public sealed record NgoProjectDetails(int Id, string Name, int? AidProjectId, string? AidProjectTitle, string? Note);

/// <summary>A year's report: received (with its day), late (past its due day and not received) or not yet due.</summary>
public sealed record NgoReportDetails(int Year, DateOnly? ReceivedOn, DateOnly? DueOn, bool IsLate, string? Note);

public sealed record ForeignNgoDetails(
    int Id, int PartnerId, string PartnerName, string PartnerCountryCode, string CertificateNumber, NgoCertificateKind CertificateKind, string IssuedBy,
    DateOnly ValidFrom, DateOnly ValidTo, bool CertificateInForce, string? WorkPlan, IReadOnlyList<NgoProjectDetails> Projects, IReadOnlyList<NgoReportDetails> Reports,
    bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public ForeignNgoInput ToInput() => new()
    {
        PartnerId = PartnerId, CertificateNumber = CertificateNumber, CertificateKind = CertificateKind, IssuedBy = IssuedBy, ValidFrom = ValidFrom, ValidTo = ValidTo,
        WorkPlan = WorkPlan, Version = Version,
        Projects = [.. Projects.Select(p => new NgoProjectInput { Name = p.Name, AidProjectId = p.AidProjectId, Note = p.Note })],
        Reports = [.. Reports.Where(r => r.ReceivedOn is not null || r.Note is not null).Select(r => new NgoReportInput { Year = r.Year, ReceivedOn = r.ReceivedOn, Note = r.Note })],
    };
}

/// <summary>
/// A foreign NGO with its certificate, projects and the yearly reports it owes: one for each year the certificate covers
/// that has ended, each received, late or not yet due by the active NGO report rule (none: no due day, never late).
/// </summary>
public sealed class GetForeignNgoHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Result<ForeignNgoDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var n = await db.Set<ForeignNgo>().AsNoTracking().Include(x => x.Partner).Include(x => x.Projects).Include(x => x.Reports).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null)
        {
            return Failures.NotFound("The NGO");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var aidIds = n.Projects.Where(p => p.AidProjectId is not null).Select(p => p.AidProjectId!.Value).ToList();
        var aidTitles = await db.AidProjects.AsNoTracking().Where(a => aidIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var rule = await db.Set<DeadlineRule>().AsNoTracking().Where(r => r.IsActive && r.Anchor == DeadlineAnchor.NgoYearEnd).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
        var calendar = rule is null ? null : new WorkingCalendar(await db.Set<Holiday>().AsNoTracking().Select(h => h.Date).ToListAsync(ct));
        var byYear = n.Reports.ToDictionary(r => r.Year);
        var reports = new List<NgoReportDetails>();
        for (var year = n.ValidFrom.Year; year <= n.ValidTo.Year && new DateOnly(year, 12, 31) < today; year++)
        {
            var due = rule is null ? (DateOnly?)null : calendar!.Add(new DateOnly(year, 12, 31), rule.Offset, rule.Unit);
            var report = byYear.GetValueOrDefault(year);
            reports.Add(new NgoReportDetails(year, report?.ReceivedOn, due, report?.ReceivedOn is null && due < today, report?.Note));
        }

        // A report recorded for the current year (or one the certificate no longer covers) is still shown.
        reports.AddRange(n.Reports.Where(r => reports.All(x => x.Year != r.Year)).Select(r => new NgoReportDetails(r.Year, r.ReceivedOn, null, false, r.Note)));
        return new ForeignNgoDetails(n.Id, n.PartnerId, n.Partner!.NameEn, n.Partner.CountryCode, n.CertificateNumber, n.CertificateKind, n.IssuedBy, n.ValidFrom, n.ValidTo,
            n.ValidFrom <= today && today <= n.ValidTo, n.WorkPlan,
            [.. n.Projects.OrderBy(p => p.Id).Select(p => new NgoProjectDetails(p.Id, p.Name, p.AidProjectId, p.AidProjectId is { } a ? aidTitles.GetValueOrDefault(a) : null, p.Note))],
            [.. reports.OrderBy(r => r.Year)], n.IsArchived, n.IsDemo, n.Version, n.UpdatedAt, n.UpdatedBy);
    }
}

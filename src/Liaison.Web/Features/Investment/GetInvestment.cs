using Liaison.Web.Features.Money;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Investment;

public sealed record AdjustmentView(DateOnly Date, decimal Amount, string? Note);

public sealed record InvestmentDetails(
    int Id,
    string Name,
    int InvestorId,
    string InvestorName,
    string CountryCode,
    InvestmentSector Sector,
    string? CertificateNumber,
    DateOnly CertificateDate,
    InvestmentStatus Status,
    decimal RegisteredAmount,
    string Currency,
    IReadOnlyList<AdjustmentView> Adjustments,
    decimal CurrentCapital,
    decimal? DisbursedAmount,
    DateOnly? DisbursedAsOf,
    string? Location,
    int? JobsCreated,
    string? Notes,
    bool IsArchived,
    bool IsDemo,
    int Version,
    DateTime UpdatedAt,
    string? UpdatedBy)
{
    public InvestmentInput ToInput() => new()
    {
        Name = Name,
        InvestorId = InvestorId,
        CountryCode = CountryCode,
        Sector = Sector,
        CertificateNumber = CertificateNumber,
        CertificateDate = CertificateDate,
        Status = Status,
        RegisteredAmount = RegisteredAmount,
        Currency = Currency,
        Adjustments = Adjustments.Select(a => new AdjustmentInput { Date = a.Date, Amount = a.Amount, Note = a.Note }).ToList(),
        DisbursedAmount = DisbursedAmount,
        DisbursedAsOf = DisbursedAsOf,
        Location = Location,
        JobsCreated = JobsCreated,
        Notes = Notes,
        Version = Version,
    };
}

public sealed class GetInvestmentHandler(AppDbContext db)
{
    public async Task<Result<InvestmentDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var p = await db.Set<InvestmentProject>().AsNoTracking().Include(x => x.Adjustments).Include(x => x.Investor)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return Failures.NotFound("The investment project");
        }

        return new InvestmentDetails(
            p.Id, p.Name, p.InvestorId, p.Investor?.NameEn ?? string.Empty, p.CountryCode, p.Sector, p.CertificateNumber, p.CertificateDate, p.Status,
            Currencies.Normalize(p.RegisteredAmount), p.Currency,
            p.Adjustments.OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => new AdjustmentView(a.Date, Currencies.Normalize(a.Amount), a.Note)).ToList(),
            Currencies.Normalize(p.CurrentCapital),
            p.DisbursedAmount is { } d ? Currencies.Normalize(d) : null, p.DisbursedAsOf, p.Location, p.JobsCreated, p.Notes,
            p.IsArchived, p.IsDemo, p.Version, p.UpdatedAt, p.UpdatedBy);
    }
}

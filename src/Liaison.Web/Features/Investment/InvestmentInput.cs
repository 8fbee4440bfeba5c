using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Reference;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Investment;

public sealed class InvestmentInput
{
    [Required(ErrorMessage = "Enter the project's name.")]
    [StringLength(InvestmentLimits.Name, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose the investor from the partner register.")]
    public int? InvestorId { get; set; }

    /// <summary>The investor's country; the investor's own when left empty.</summary>
    public string? CountryCode { get; set; }

    [Required(ErrorMessage = "Choose the sector.")]
    public InvestmentSector? Sector { get; set; }

    [StringLength(100, ErrorMessage = "The certificate number must be 100 characters or fewer.")]
    public string? CertificateNumber { get; set; }

    [Required(ErrorMessage = "Enter the date of the investment certificate.")]
    public DateOnly? CertificateDate { get; set; }

    public InvestmentStatus? Status { get; set; }

    [Required(ErrorMessage = "Enter the registered capital.")]
    public decimal? RegisteredAmount { get; set; }

    [Required(ErrorMessage = "Choose the capital's currency.")]
    public string? Currency { get; set; }

    public List<AdjustmentInput> Adjustments { get; set => field = value ?? []; } = [];

    public decimal? DisbursedAmount { get; set; }

    public DateOnly? DisbursedAsOf { get; set; }

    [StringLength(InvestmentLimits.Name, ErrorMessage = "The location must be 300 characters or fewer.")]
    public string? Location { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "The jobs created must be between 0 and 1,000,000.")]
    public int? JobsCreated { get; set; }

    [StringLength(InvestmentLimits.LongText, ErrorMessage = "The notes must be 4,000 characters or fewer.")]
    public string? Notes { get; set; }

    public int Version { get; set; }

    internal async Task<(ValidationErrors Errors, string? InvestorCountry)> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        Adjustments = Adjustments.Where(a => !a.IsBlank).ToList();
        var errors = new ValidationErrors().CheckAnnotations(this);
        var code = Currency?.Trim().ToUpperInvariant();
        if (code is not null && !Currencies.IsKnown(code))
        {
            errors.Add(nameof(Currency), $"\"{Currency}\" is not an ISO 4217 currency code.");
        }

        if (RegisteredAmount is <= 0 or > InvestmentLimits.MaxAmount)
        {
            errors.Add(nameof(RegisteredAmount), "The registered capital must be more than 0.");
        }

        if (DisbursedAmount is < 0 or > InvestmentLimits.MaxAmount)
        {
            errors.Add(nameof(DisbursedAmount), "The disbursed capital can't be negative.");
        }

        if (DisbursedAmount is not null && DisbursedAsOf is null)
        {
            errors.Add(nameof(DisbursedAsOf), "Say on which date the disbursed capital was counted.");
        }

        if (CertificateDate is { Year: < 1988 or > 2100 })
        {
            errors.Add(nameof(CertificateDate), "The certificate date must be between 1988 and 2100.");
        }

        for (var i = 0; i < Adjustments.Count; i++)
        {
            if (Adjustments[i].Amount is 0)
            {
                errors.Add($"{nameof(Adjustments)}[{i}].{nameof(AdjustmentInput.Amount)}", "An adjustment raises or lowers the capital; it can't be 0.");
            }
        }

        if (RegisteredAmount is { } registered && registered + Adjustments.Sum(a => a.Amount ?? 0) < 0)
        {
            errors.Add(nameof(Adjustments), "The adjustments would lower the registered capital below zero.");
        }

        if (!string.IsNullOrWhiteSpace(CountryCode) && !Countries.IsKnown(CountryCode.Trim().ToUpperInvariant()))
        {
            errors.Add(nameof(CountryCode), $"\"{CountryCode}\" is not an ISO 3166-1 country code.");
        }

        string? investorCountry = null;
        if (InvestorId is { } investorId)
        {
            // The province filter means another province's partner simply isn't found.
            investorCountry = await db.Partners.Where(p => p.Id == investorId).Select(p => p.CountryCode).FirstOrDefaultAsync(ct);
            if (investorCountry is null)
            {
                errors.Add(nameof(InvestorId), "Choose the investor from your province's partner register.");
            }
        }

        return (errors, investorCountry);
    }

    internal void ApplyTo(InvestmentProject p, string investorCountry)
    {
        p.Name = Name!.Trim();
        p.InvestorId = InvestorId!.Value;
        p.CountryCode = string.IsNullOrWhiteSpace(CountryCode) ? investorCountry : CountryCode.Trim().ToUpperInvariant();
        p.Sector = Sector!.Value;
        p.CertificateNumber = CertificateNumber?.Trim();
        p.CertificateDate = CertificateDate!.Value;
        p.Status = Status ?? InvestmentStatus.Licensed;
        p.RegisteredAmount = RegisteredAmount!.Value;
        p.Currency = Currency!.Trim().ToUpperInvariant();
        p.DisbursedAmount = DisbursedAmount;
        p.DisbursedAsOf = DisbursedAsOf;
        p.Location = Location?.Trim();
        p.JobsCreated = JobsCreated;
        p.Notes = Notes?.Trim();
        RowSync.Apply(p.Adjustments, Adjustments, () => new CapitalAdjustment(), (a, row) =>
        {
            row.Date = a.Date!.Value;
            row.Amount = a.Amount!.Value;
            row.Note = a.Note?.Trim();
        });
    }
}

public sealed class AdjustmentInput
{
    [Required(ErrorMessage = "Enter the date of the amended certificate.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter by how much the capital changed (negative when lowered).")]
    public decimal? Amount { get; set; }

    [StringLength(InvestmentLimits.Name, ErrorMessage = "The note must be 300 characters or fewer.")]
    public string? Note { get; set; }

    internal bool IsBlank => Date is null && Amount is null && string.IsNullOrWhiteSpace(Note);
}

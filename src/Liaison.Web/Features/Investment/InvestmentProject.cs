using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Investment;

public enum InvestmentStatus
{
    Licensed,
    Operating,
    Suspended,
    Terminated,
}

public enum InvestmentSector
{
    Agriculture,
    Manufacturing,
    Energy,
    Infrastructure,
    RealEstate,
    Tourism,
    TradeAndServices,
    Education,
    Health,
    Other,
}

/// <summary>
/// A foreign direct investment project in the province: the investor (a company in the partner register) and
/// its country, the sector, the investment certificate, the capital registered and each later adjustment
/// (an amended certificate raising or lowering it), the capital disbursed so far, where it is, and the jobs it made.
/// </summary>
public sealed class InvestmentProject : ProvinceRecord
{
    public required string Name { get; set; }

    public int InvestorId { get; set; }

    public Partner? Investor { get; set; }

    /// <summary>The investor's country, kept on the project: a company can invest through a subsidiary elsewhere.</summary>
    public required string CountryCode { get; set; }

    public InvestmentSector Sector { get; set; }

    public string? CertificateNumber { get; set; }

    public DateOnly CertificateDate { get; set; }

    public InvestmentStatus Status { get; set; }

    public decimal RegisteredAmount { get; set; }

    public required string Currency { get; set; }

    public List<CapitalAdjustment> Adjustments { get; set; } = [];

    public decimal? DisbursedAmount { get; set; }

    public DateOnly? DisbursedAsOf { get; set; }

    public string? Location { get; set; }

    public int? JobsCreated { get; set; }

    public string? Notes { get; set; }

    /// <summary>What is registered now: the first certificate's capital and every adjustment since, in the project's currency.</summary>
    public decimal CurrentCapital => RegisteredAmount + Adjustments.Sum(a => a.Amount);

    public override string BuildSearchText() => TextFolding.Join(Name, CertificateNumber, Location, Notes);
}

/// <summary>An amended certificate's change to the registered capital: positive when raised, negative when lowered.</summary>
public sealed class CapitalAdjustment
{
    public int Id { get; set; }

    public int InvestmentProjectId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Amount { get; set; }

    public string? Note { get; set; }
}

internal sealed class InvestmentProjectConfiguration : IEntityTypeConfiguration<InvestmentProject>
{
    public void Configure(EntityTypeBuilder<InvestmentProject> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(InvestmentLimits.Name);
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.CertificateNumber).HasMaxLength(100);
        builder.Property(p => p.RegisteredAmount).HasPrecision(22, 4);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.DisbursedAmount).HasPrecision(22, 4);
        builder.Property(p => p.Location).HasMaxLength(InvestmentLimits.Name);
        builder.Property(p => p.Notes).HasMaxLength(InvestmentLimits.LongText);
        builder.Ignore(p => p.CurrentCapital);
        builder.HasOne(p => p.Investor).WithMany().HasForeignKey(p => p.InvestorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Adjustments).WithOne().HasForeignKey(a => a.InvestmentProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ProvinceId, p.Status, p.CertificateDate });
    }
}

internal sealed class CapitalAdjustmentConfiguration : IEntityTypeConfiguration<CapitalAdjustment>
{
    public void Configure(EntityTypeBuilder<CapitalAdjustment> builder)
    {
        builder.Property(a => a.Amount).HasPrecision(22, 4);
        builder.Property(a => a.Note).HasMaxLength(InvestmentLimits.Name);
    }
}

public static class InvestmentLimits
{
    public const int Name = 300;
    public const int LongText = 4000;
    public const decimal MaxAmount = 999_999_999_999_999m;
}

using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Apec;

/// <summary>Where an application for an APEC business travel card stands. The steps come in this order; a refusal ends it.</summary>
public enum ApecStep
{
    Received,
    Appraised,
    SentForApproval,
    Approved,
    Refused,
    CardIssued,
}

/// <summary>
/// An application by a business person of the province for an APEC business travel card: the Department receives it,
/// appraises it, sends it for approval, and on approval the card is issued with its number and expiry. Each step is
/// dated when it is taken, and only the next step may be taken (<see cref="ApecSteps"/>).
/// </summary>
public sealed class ApecApplication : ProvinceRecord
{
    public required string ApplicantName { get; set; }

    public string? ApplicantTitle { get; set; }

    public required string CompanyName { get; set; }

    /// <summary>The company's tax code (mã số doanh nghiệp).</summary>
    public string? CompanyTaxCode { get; set; }

    public required string PassportNumber { get; set; }

    public DateOnly? PassportExpiresOn { get; set; }

    /// <summary>The economies the card is asked for, as ISO 3166-1 codes separated by commas ("AU,JP,KR").</summary>
    public required string Economies { get; set; }

    public string? Notes { get; set; }

    public ApecStep Step { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateOnly? AppraisedOn { get; set; }

    public DateOnly? SentForApprovalOn { get; set; }

    /// <summary>The day it was approved or refused.</summary>
    public DateOnly? DecidedOn { get; set; }

    public string? RefusalReason { get; set; }

    public string? CardNumber { get; set; }

    public DateOnly? CardIssuedOn { get; set; }

    public DateOnly? CardExpiresOn { get; set; }

    public IReadOnlyList<string> EconomyCodes => Economies.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public override string BuildSearchText() => TextFolding.Join(ApplicantName, ApplicantTitle, CompanyName, CompanyTaxCode, PassportNumber, CardNumber, Notes);
}

internal static class ApecLimits
{
    public const int Name = 200;
    public const int Code = 50;
    public const int LongText = 2000;
}

internal sealed class ApecApplicationConfiguration : IEntityTypeConfiguration<ApecApplication>
{
    public void Configure(EntityTypeBuilder<ApecApplication> builder)
    {
        builder.Ignore(a => a.EconomyCodes);
        builder.Property(a => a.ApplicantName).HasMaxLength(ApecLimits.Name);
        builder.Property(a => a.ApplicantTitle).HasMaxLength(ApecLimits.Name);
        builder.Property(a => a.CompanyName).HasMaxLength(ApecLimits.Name);
        builder.Property(a => a.CompanyTaxCode).HasMaxLength(ApecLimits.Code);
        builder.Property(a => a.PassportNumber).HasMaxLength(ApecLimits.Code);
        builder.Property(a => a.Economies).HasMaxLength(100);
        builder.Property(a => a.Notes).HasMaxLength(ApecLimits.LongText);
        builder.Property(a => a.RefusalReason).HasMaxLength(ApecLimits.LongText);
        builder.Property(a => a.CardNumber).HasMaxLength(ApecLimits.Code);
        builder.HasIndex(a => new { a.ProvinceId, a.ReceivedOn });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Agreements;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(AgreementLimits.Title);
        builder.Property(a => a.Summary).HasMaxLength(AgreementLimits.LongText);
        builder.Property(a => a.SignedPlace).HasMaxLength(AgreementLimits.Name);
        builder.Property(a => a.Language).HasMaxLength(AgreementLimits.Name);
        builder.Property(a => a.SignerName).HasMaxLength(AgreementLimits.Name);
        builder.Property(a => a.SignerTitle).HasMaxLength(AgreementLimits.Name);
        builder.Property(a => a.ApprovalDecisionNumber).HasMaxLength(AgreementLimits.DecisionNumber);
        builder.Property(a => a.StatusReason).HasMaxLength(AgreementLimits.LongText);
        builder.HasOne(a => a.RenewsAgreement).WithMany().HasForeignKey(a => a.RenewsAgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.DomesticParties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Partners).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Fields).WithOne().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Commitments).WithOne().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProvinceId, a.SignedOn });
    }
}

internal sealed class AgreementDomesticPartyConfiguration : IEntityTypeConfiguration<AgreementDomesticParty>
{
    public void Configure(EntityTypeBuilder<AgreementDomesticParty> builder) =>
        builder.Property(p => p.Name).HasMaxLength(AgreementLimits.Name);
}

internal sealed class AgreementPartnerConfiguration : IEntityTypeConfiguration<AgreementPartner>
{
    public void Configure(EntityTypeBuilder<AgreementPartner> builder)
    {
        builder.HasKey(p => new { p.AgreementId, p.PartnerId });
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PartnerId);
    }
}

internal sealed class AgreementFieldConfiguration : IEntityTypeConfiguration<AgreementField>
{
    public void Configure(EntityTypeBuilder<AgreementField> builder)
    {
        builder.HasKey(f => new { f.AgreementId, f.FieldCode });
        builder.Property(f => f.FieldCode).HasMaxLength(60);
        builder.HasOne<Reference.CooperationField>().WithMany().HasForeignKey(f => f.FieldCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementEventConfiguration : IEntityTypeConfiguration<AgreementEvent>
{
    public void Configure(EntityTypeBuilder<AgreementEvent> builder) =>
        builder.Property(e => e.Note).HasMaxLength(AgreementLimits.LongText);
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(AgreementLimits.LongText);
        builder.Property(c => c.OwnerUnit).HasMaxLength(AgreementLimits.Name);
        builder.Property(c => c.ProgressNotes).HasMaxLength(AgreementLimits.LongText);
        builder.HasIndex(c => new { c.Status, c.DueDate });
    }
}

public static class AgreementLimits
{
    public const int Title = 500;
    public const int Name = 300;
    public const int LongText = 4000;
    public const int DecisionNumber = 100;
}

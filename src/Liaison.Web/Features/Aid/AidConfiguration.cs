using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Aid;

internal sealed class AidProjectConfiguration : IEntityTypeConfiguration<AidProject>
{
    public void Configure(EntityTypeBuilder<AidProject> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(AidLimits.Title);
        builder.Property(a => a.Description).HasMaxLength(AidLimits.LongText);
        builder.Property(a => a.IatiIdentifier).HasMaxLength(200);
        builder.HasIndex(a => new { a.ProvinceId, a.IatiIdentifier });
        builder.Property(a => a.DecisionNumber).HasMaxLength(AidLimits.DecisionNumber);
        builder.Property(a => a.Approver).HasMaxLength(AidLimits.Name);
        builder.Property(a => a.ValueAmount).HasPrecision(AidLimits.AmountPrecision, AidLimits.AmountScale);
        builder.Property(a => a.ValueCurrency).HasMaxLength(3);
        builder.Property(a => a.CounterpartAmount).HasPrecision(AidLimits.AmountPrecision, AidLimits.AmountScale);
        builder.Property(a => a.CounterpartCurrency).HasMaxLength(3);
        builder.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Sectors).WithOne().HasForeignKey(s => s.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Places).WithOne().HasForeignKey(p => p.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Transactions).WithOne().HasForeignKey(t => t.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.InKind).WithOne().HasForeignKey(k => k.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProvinceId, a.Status, a.PlannedStart });
    }
}

internal sealed class AidParticipantConfiguration : IEntityTypeConfiguration<AidParticipant>
{
    public void Configure(EntityTypeBuilder<AidParticipant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(AidLimits.Name);
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PartnerId);
    }
}

internal sealed class AidSectorConfiguration : IEntityTypeConfiguration<AidSector>
{
    public void Configure(EntityTypeBuilder<AidSector> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(5);
        builder.Property(s => s.Percentage).HasPrecision(5, 2);
    }
}

internal sealed class AidPlaceConfiguration : IEntityTypeConfiguration<AidPlace>
{
    public void Configure(EntityTypeBuilder<AidPlace> builder) => builder.Property(p => p.Name).HasMaxLength(AidLimits.Name);
}

internal sealed class AidTransactionConfiguration : IEntityTypeConfiguration<AidTransaction>
{
    public void Configure(EntityTypeBuilder<AidTransaction> builder)
    {
        builder.Property(t => t.Amount).HasPrecision(AidLimits.AmountPrecision, AidLimits.AmountScale);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.Property(t => t.Description).HasMaxLength(AidLimits.Name);
        builder.HasIndex(t => new { t.AidProjectId, t.Date });
    }
}

internal sealed class AidInKindConfiguration : IEntityTypeConfiguration<AidInKind>
{
    public void Configure(EntityTypeBuilder<AidInKind> builder)
    {
        builder.Property(k => k.Description).HasMaxLength(AidLimits.Name);
        builder.Property(k => k.Quantity).HasPrecision(18, 3);
        builder.Property(k => k.Unit).HasMaxLength(50);
        builder.Property(k => k.ValueAmount).HasPrecision(AidLimits.AmountPrecision, AidLimits.AmountScale);
        builder.Property(k => k.ValueCurrency).HasMaxLength(3);
    }
}

public static class AidLimits
{
    public const int Title = 500;
    public const int Name = 300;
    public const int LongText = 4000;
    public const int DecisionNumber = 100;

    /// <summary>Up to a thousand trillion in any currency, to the smallest unit any currency has (4 decimals).</summary>
    public const int AmountPrecision = 22;
    public const int AmountScale = 4;
    public const decimal MaxAmount = 999_999_999_999_999m;
}

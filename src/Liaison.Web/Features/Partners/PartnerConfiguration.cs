using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Partners;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(p => p.NameEn).HasMaxLength(PartnerLimits.Name);
        builder.Property(p => p.NameVi).HasMaxLength(PartnerLimits.Name);
        builder.Property(p => p.NativeName).HasMaxLength(PartnerLimits.Name);
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.Notes).HasMaxLength(PartnerLimits.Notes);
        builder.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ProvinceId, p.CountryCode });
    }
}

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(PartnerLimits.Name);
        builder.Property(c => c.Title).HasMaxLength(PartnerLimits.Name);
    }
}

public static class PartnerLimits
{
    public const int Name = 300;
    public const int Notes = 4000;
}

using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Provinces;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.Property(p => p.NameVi).HasMaxLength(100);
        builder.Property(p => p.NameEn).HasMaxLength(100);
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class CooperationFieldConfiguration : IEntityTypeConfiguration<CooperationField>
{
    public void Configure(EntityTypeBuilder<CooperationField> builder)
    {
        builder.HasKey(f => f.Code);
        builder.Property(f => f.Code).HasMaxLength(60);
        builder.Property(f => f.NameEn).HasMaxLength(100);
        builder.Property(f => f.NameVi).HasMaxLength(100);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Role).HasMaxLength(40);
        builder.Property(u => u.Unit).HasMaxLength(200);
        builder.Property(u => u.CalendarKeyHash).HasMaxLength(64);
        builder.HasIndex(u => u.CalendarKeyHash).IsUnique();
        builder.HasOne(u => u.Province).WithMany().HasForeignKey(u => u.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

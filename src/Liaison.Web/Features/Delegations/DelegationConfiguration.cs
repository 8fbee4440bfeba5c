using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Delegations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.Property(d => d.SubmittedByUnit).HasMaxLength(200);
        builder.Property(d => d.Title).HasMaxLength(DelegationLimits.Title);
        builder.Property(d => d.PurposeDetail).HasMaxLength(DelegationLimits.LongText);
        builder.Property(d => d.HeadName).HasMaxLength(DelegationLimits.Name);
        builder.Property(d => d.HeadTitle).HasMaxLength(DelegationLimits.Name);
        builder.Property(d => d.HostUnit).HasMaxLength(DelegationLimits.Name);
        builder.Property(d => d.DecisionNumber).HasMaxLength(DelegationLimits.DecisionNumber);
        builder.Property(d => d.Outcome).HasMaxLength(DelegationLimits.LongText);
        builder.Property(d => d.StatusReason).HasMaxLength(DelegationLimits.LongText);
        builder.HasMany(d => d.Members).WithOne().HasForeignKey(m => m.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Countries).WithOne().HasForeignKey(c => c.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Partners).WithOne().HasForeignKey(p => p.DelegationId).OnDelete(DeleteBehavior.Cascade);
        // The list's default order (newest first) within a province, and across provinces for the ministry: the first
        // page is read from the index, not sorted from every row (issue 9, docs/benchmarks.md). On PostgreSQL it also
        // carries every column the report filters, groups and sums a period's delegations by, so the report reads a
        // province's period from the index alone instead of one table page per delegation (ADR 0021).
        builder.HasIndex(d => new { d.ProvinceId, d.StartDate, d.Id })
            .IncludeProperties(d => new { d.Direction, d.Status, d.ArchivedAt, d.MemberCount, d.Purpose, d.Level, d.SubmittedByUnit });
        // The same across provinces, for the ministry: its report and its lists by period (with their totals) read the
        // period's delegations from this index alone.
        builder.HasIndex(d => new { d.StartDate, d.Id })
            .IncludeProperties(d => new { d.ProvinceId, d.Direction, d.Status, d.ArchivedAt, d.MemberCount, d.Purpose, d.Level, d.SubmittedByUnit });
        // The list's total and members' total on every page, counted from the index alone on PostgreSQL (a province's
        // 11,700 delegations in 2.4 ms instead of 8.5 ms through the rows; on SQLite, which has no INCLUDE, the index
        // finds the current rows and the rows give the members).
        builder.HasIndex(d => new { d.ProvinceId, d.ArchivedAt }).IncludeProperties(d => d.MemberCount);
    }
}

internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(DelegationLimits.Name);
        builder.Property(m => m.Title).HasMaxLength(DelegationLimits.Name);
        builder.Property(m => m.Organisation).HasMaxLength(DelegationLimits.Name);
    }
}

internal sealed class DelegationCountryConfiguration : IEntityTypeConfiguration<DelegationCountry>
{
    public void Configure(EntityTypeBuilder<DelegationCountry> builder)
    {
        builder.HasKey(c => new { c.DelegationId, c.CountryCode });
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        // With the delegation's key, so that "delegations to China" is answered from the index alone.
        builder.HasIndex(c => new { c.CountryCode, c.DelegationId });
    }
}

internal sealed class DelegationPartnerConfiguration : IEntityTypeConfiguration<DelegationPartner>
{
    public void Configure(EntityTypeBuilder<DelegationPartner> builder)
    {
        builder.HasKey(p => new { p.DelegationId, p.PartnerId });
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PartnerId);
    }
}

public static class DelegationLimits
{
    public const int Title = 300;
    public const int Name = 300;
    public const int DecisionNumber = 100;
    public const int LongText = 4000;
    public const int MaxMembers = 2000;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.SubmittedByUnit).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(ActivityLimits.Title);
        builder.Property(a => a.Place).HasMaxLength(ActivityLimits.Name);
        builder.Property(a => a.CountryCode).HasMaxLength(2);
        builder.Property(a => a.Organiser).HasMaxLength(ActivityLimits.Name);
        builder.Property(a => a.Outcome).HasMaxLength(ActivityLimits.LongText);
        builder.HasOne(a => a.Delegation).WithMany().HasForeignKey(a => a.DelegationId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.BorderStretch).HasMaxLength(300);
        builder.HasOne<Border.BorderGate>().WithMany().HasForeignKey(a => a.BorderGateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Partners).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProvinceId, a.Kind, a.StartDate });
        // The list's default order within a province and across provinces (issue 9), carrying on PostgreSQL what the
        // report reads of a period's activities, as for delegations (ADR 0021).
        builder.HasIndex(a => new { a.ProvinceId, a.StartDate, a.Id })
            .IncludeProperties(a => new { a.Kind, a.Status, a.ArchivedAt, a.ParticipantCount, a.SubmittedByUnit });
        builder.HasIndex(a => new { a.StartDate, a.Id })
            .IncludeProperties(a => new { a.ProvinceId, a.Kind, a.Status, a.ArchivedAt, a.ParticipantCount, a.SubmittedByUnit });
        // The list's totals on every page, from the index alone on PostgreSQL (as for delegations).
        builder.HasIndex(a => new { a.ProvinceId, a.ArchivedAt }).IncludeProperties(a => a.ParticipantCount);
    }
}

internal sealed class ActivityPartnerConfiguration : IEntityTypeConfiguration<ActivityPartner>
{
    public void Configure(EntityTypeBuilder<ActivityPartner> builder)
    {
        builder.HasKey(p => new { p.ActivityId, p.PartnerId });
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PartnerId);
    }
}

public static class ActivityLimits
{
    public const int Title = 500;
    public const int Name = 300;
    public const int LongText = 4000;
    public const int MaxParticipants = 1_000_000;
}

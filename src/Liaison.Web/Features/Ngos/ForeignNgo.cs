using Liaison.Web.Features.Aid;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Ngos;

/// <summary>The kind of registration certificate a foreign NGO holds for its work in Viet Nam (Decree 58/2022/NĐ-CP).</summary>
public enum NgoCertificateKind
{
    /// <summary>Giấy đăng ký hoạt động: to work in the province.</summary>
    Operation,

    /// <summary>Giấy đăng ký lập văn phòng dự án.</summary>
    ProjectOffice,

    /// <summary>Giấy đăng ký lập văn phòng đại diện.</summary>
    RepresentativeOffice,
}

/// <summary>
/// A foreign NGO active in the province: the organisation (a partner of the register), the registration certificate that
/// lets it work here, its work plan, its projects (linked to the aid projects where it gives aid), and the yearly report
/// it owes for each year it is registered. The Department is reminded before the certificate expires and when a yearly
/// report is late (the deadline rules of the NGO anchors).
/// </summary>
public sealed class ForeignNgo : ProvinceRecord
{
    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public required string CertificateNumber { get; set; }

    public NgoCertificateKind CertificateKind { get; set; }

    /// <summary>Who issued it: the Committee for Foreign NGO Affairs, the Ministry of Foreign Affairs.</summary>
    public required string IssuedBy { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }

    public string? WorkPlan { get; set; }

    public List<NgoProject> Projects { get; set; } = [];

    public List<NgoYearlyReport> Reports { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["Projects"];

    public override string BuildSearchText() =>
        TextFolding.Join([CertificateNumber, IssuedBy, WorkPlan, .. Projects.SelectMany(p => new[] { p.Name, p.Note })]);
}

/// <summary>One of the NGO's projects in the province; when it gives aid, the aid project that records it.</summary>
public sealed class NgoProject
{
    public int Id { get; set; }

    public int ForeignNgoId { get; set; }

    public required string Name { get; set; }

    public int? AidProjectId { get; set; }

    public string? Note { get; set; }
}

/// <summary>The yearly report the NGO owes for a year, and the day it came (none yet: it is owed).</summary>
public sealed class NgoYearlyReport
{
    public int Id { get; set; }

    public int ForeignNgoId { get; set; }

    public int Year { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public string? Note { get; set; }
}

internal static class NgoLimits
{
    public const int Short = 100;
    public const int Name = 300;
    public const int LongText = 4000;
    public const int Note = 500;
}

internal sealed class ForeignNgoConfiguration : IEntityTypeConfiguration<ForeignNgo>, IEntityTypeConfiguration<NgoProject>, IEntityTypeConfiguration<NgoYearlyReport>
{
    public void Configure(EntityTypeBuilder<ForeignNgo> builder)
    {
        builder.Property(n => n.CertificateNumber).HasMaxLength(NgoLimits.Short);
        builder.Property(n => n.IssuedBy).HasMaxLength(NgoLimits.Name);
        builder.Property(n => n.WorkPlan).HasMaxLength(NgoLimits.LongText);
        builder.HasOne(n => n.Partner).WithMany().HasForeignKey(n => n.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Projects).WithOne().HasForeignKey(p => p.ForeignNgoId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Reports).WithOne().HasForeignKey(r => r.ForeignNgoId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ProvinceId, n.ValidTo });
    }

    public void Configure(EntityTypeBuilder<NgoProject> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(NgoLimits.Name);
        builder.Property(p => p.Note).HasMaxLength(NgoLimits.Note);
        builder.HasOne<AidProject>().WithMany().HasForeignKey(p => p.AidProjectId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<NgoYearlyReport> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(NgoLimits.Note);
        builder.HasIndex(r => new { r.ForeignNgoId, r.Year }).IsUnique();
    }
}

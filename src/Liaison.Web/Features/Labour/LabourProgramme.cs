using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Labour;

/// <summary>
/// A seasonal-labour programme with a foreign locality (Lai Chau's with Mungyeong City): the agreement behind
/// it and, season by season, how many workers went, came back on time or stayed on illegally, and what they earned.
/// </summary>
public sealed class LabourProgramme : ProvinceRecord
{
    public required string Title { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public int? AgreementId { get; set; }

    public Agreement? Agreement { get; set; }

    public string? Description { get; set; }

    public List<LabourSeason> Seasons { get; set; } = [];

    public override string BuildSearchText() => TextFolding.Join(Title, Description);
}

public sealed class LabourSeason
{
    public int Id { get; set; }

    public int LabourProgrammeId { get; set; }

    public int Year { get; set; }

    /// <summary>Which season of the year, when there are several ("spring", "autumn").</summary>
    public string? Label { get; set; }

    public int WorkersSent { get; set; }

    public int ReturnedOnTime { get; set; }

    public int StayedIllegally { get; set; }

    public decimal? AverageMonthlyIncome { get; set; }

    public string? IncomeCurrency { get; set; }
}

internal sealed class LabourProgrammeConfiguration : IEntityTypeConfiguration<LabourProgramme>
{
    public void Configure(EntityTypeBuilder<LabourProgramme> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Agreement).WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Seasons).WithOne().HasForeignKey(s => s.LabourProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LabourSeasonConfiguration : IEntityTypeConfiguration<LabourSeason>
{
    public void Configure(EntityTypeBuilder<LabourSeason> builder)
    {
        builder.Property(s => s.Label).HasMaxLength(100);
        builder.Property(s => s.AverageMonthlyIncome).HasPrecision(22, 4);
        builder.Property(s => s.IncomeCurrency).HasMaxLength(3);
    }
}

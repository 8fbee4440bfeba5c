using Liaison.Web.Features.Agreements;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Border;

/// <summary>
/// Two border villages (or communes) twinned across the border, each named on its side, tied by an agreement
/// where one was signed, since a date that the source may give only to the year.
/// </summary>
public sealed class VillagePair : ProvinceRecord
{
    /// <summary>The village on this side, or the commune when the pair is of communes.</summary>
    public required string OurVillage { get; set; }

    public required string OurCommune { get; set; }

    public required string TheirVillage { get; set; }

    /// <summary>The township, county or district it belongs to across the border.</summary>
    public string? TheirLocality { get; set; }

    public required string CountryCode { get; set; }

    public int? AgreementId { get; set; }

    public DateOnly? Since { get; set; }

    public DatePrecision SincePrecision { get; set; }

    public string? Notes { get; set; }

    public override string BuildSearchText() => TextFolding.Join(OurVillage, OurCommune, TheirVillage, TheirLocality, Notes);
}

internal sealed class VillagePairConfiguration : IEntityTypeConfiguration<VillagePair>
{
    public void Configure(EntityTypeBuilder<VillagePair> builder)
    {
        builder.Property(p => p.OurVillage).HasMaxLength(200);
        builder.Property(p => p.OurCommune).HasMaxLength(200);
        builder.Property(p => p.TheirVillage).HasMaxLength(200);
        builder.Property(p => p.TheirLocality).HasMaxLength(200);
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.SetNull);
    }
}

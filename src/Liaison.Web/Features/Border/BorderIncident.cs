using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Border;

public enum IncidentKind
{
    IllegalCrossing,
    Smuggling,
    Encroachment,
    MarkerDamage,
    CrossBorderCrime,
    Other,
}

public enum IncidentStatus
{
    Reported,
    BeingHandled,
    Handled,
}

/// <summary>
/// An event at the border and how it was handled. Only users who handle border matters read or keep these
/// (ADR 0011): every page and endpoint of incidents asks for that permission, not just the role.
/// </summary>
public sealed class BorderIncident : ProvinceRecord
{
    public DateOnly OccurredOn { get; set; }

    public required string Place { get; set; }

    /// <summary>The border marker nearest the place, such as "marker 79".</summary>
    public string? BorderMarker { get; set; }

    /// <summary>The gate it happened at or near, when one.</summary>
    public int? BorderGateId { get; set; }

    public IncidentKind Kind { get; set; }

    public required string Description { get; set; }

    public string? Handling { get; set; }

    /// <summary>Who handled it: the border guard post, the commune, the counterpart authority.</summary>
    public string? HandledBy { get; set; }

    public IncidentStatus Status { get; set; }

    public override string BuildSearchText() => TextFolding.Join(Place, BorderMarker, Description, Handling, HandledBy);
}

internal sealed class BorderIncidentConfiguration : IEntityTypeConfiguration<BorderIncident>
{
    public void Configure(EntityTypeBuilder<BorderIncident> builder)
    {
        builder.Property(i => i.Place).HasMaxLength(300);
        builder.Property(i => i.BorderMarker).HasMaxLength(100);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.Handling).HasMaxLength(4000);
        builder.Property(i => i.HandledBy).HasMaxLength(300);
        builder.HasOne<BorderGate>().WithMany().HasForeignKey(i => i.BorderGateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.ProvinceId, i.OccurredOn });
    }
}

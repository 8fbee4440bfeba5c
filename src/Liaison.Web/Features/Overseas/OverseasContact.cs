using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Overseas;

public enum OverseasContactKind
{
    Person,
    Association,
    Business,
    Other,
}

/// <summary>
/// An overseas Vietnamese person, association or business linked to the province: where they are, what they work in,
/// how to reach them, and the events and programmes of the province they took part in.
/// </summary>
public sealed class OverseasContact : ProvinceRecord
{
    public OverseasContactKind Kind { get; set; }

    public required string Name { get; set; }

    public required string CountryCode { get; set; }

    public string? City { get; set; }

    /// <summary>What they work in: business, science, culture, education…</summary>
    public string? Field { get; set; }

    /// <summary>Their tie to the province: where they come from, whom they represent.</summary>
    public string? HomeTie { get; set; }

    /// <summary>How to reach them: phone, e-mail, address, a contact person.</summary>
    public string? HowToReach { get; set; }

    public string? Notes { get; set; }

    public List<OverseasInvolvement> Involvements { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["Involvements"];

    public override string BuildSearchText() =>
        TextFolding.Join([Name, City, Field, HomeTie, Notes, .. Involvements.Select(i => i.Name)]);
}

/// <summary>An event or programme of the province the contact took part in (a homeland tour, an investment forum, a Tet gathering).</summary>
public sealed class OverseasInvolvement
{
    public int Id { get; set; }

    public int OverseasContactId { get; set; }

    public required string Name { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Note { get; set; }
}

internal static class OverseasLimits
{
    public const int Name = 300;
    public const int Short = 200;
    public const int Reach = 500;
    public const int LongText = 4000;
}

internal sealed class OverseasContactConfiguration : IEntityTypeConfiguration<OverseasContact>, IEntityTypeConfiguration<OverseasInvolvement>
{
    public void Configure(EntityTypeBuilder<OverseasContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(OverseasLimits.Name);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.City).HasMaxLength(OverseasLimits.Short);
        builder.Property(c => c.Field).HasMaxLength(OverseasLimits.Short);
        builder.Property(c => c.HomeTie).HasMaxLength(OverseasLimits.Name);
        builder.Property(c => c.HowToReach).HasMaxLength(OverseasLimits.Reach);
        builder.Property(c => c.Notes).HasMaxLength(OverseasLimits.LongText);
        builder.HasMany(c => c.Involvements).WithOne().HasForeignKey(i => i.OverseasContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProvinceId, c.CountryCode });
    }

    public void Configure(EntityTypeBuilder<OverseasInvolvement> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(OverseasLimits.Name);
        builder.Property(i => i.Note).HasMaxLength(OverseasLimits.Reach);
    }
}

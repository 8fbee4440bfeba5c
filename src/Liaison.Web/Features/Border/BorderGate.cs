using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Border;

/// <summary>The kinds of gate the land-border regulations name, and the paired border markets.</summary>
public enum GateType
{
    International,
    Main,
    Secondary,
    CrossingPoint,
    BorderMarket,
}

/// <summary>What happened to a gate: the facts its history is made of.</summary>
public enum GateEventKind
{
    Opened,
    Closed,
    Reopened,
    Upgraded,

    /// <summary>Designated for a commodity, such as an official import gate for farm produce.</summary>
    DesignatedForCommodity,
}

/// <summary>How much of a date a source gives: "reopened in 2025" is a year, not 1 January 2025.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A border gate or traditional crossing of the province, paired with its counterpart across the border
/// (Ma Lu Thang – Jinshuihe), with its dated history. Whether it is open now is read from that history.
/// </summary>
public sealed class BorderGate : ProvinceRecord
{
    public required string Name { get; set; }

    public GateType Type { get; set; }

    /// <summary>The gate across the border.</summary>
    public required string CounterpartName { get; set; }

    public required string CounterpartCountryCode { get; set; }

    /// <summary>The county or prefecture the counterpart lies in, when known.</summary>
    public string? CounterpartLocality { get; set; }

    /// <summary>The commune or district on this side.</summary>
    public string? Location { get; set; }

    public string? Notes { get; set; }

    public List<BorderGateEvent> Events { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["Events"];

    public override string BuildSearchText() => TextFolding.Join([Name, CounterpartName, CounterpartLocality, Location, Notes, .. Events.Select(e => e.Commodity)]);
}

public sealed class BorderGateEvent
{
    public int Id { get; set; }

    public int BorderGateId { get; set; }

    public GateEventKind Kind { get; set; }

    /// <summary>The first day of what the source gives: the day, the 1st of the month, or 1 January.</summary>
    public DateOnly OccurredOn { get; set; }

    public DatePrecision Precision { get; set; }

    /// <summary>For a designation: what the gate was designated for.</summary>
    public string? Commodity { get; set; }

    public string? Note { get; set; }
}

/// <summary>Open or closed, as the latest opening or closing in the gate's history says; unknown without either.</summary>
public enum GateState
{
    Unknown,
    Open,
    Closed,
}

internal sealed class BorderGateConfiguration : IEntityTypeConfiguration<BorderGate>, IEntityTypeConfiguration<BorderGateEvent>
{
    public void Configure(EntityTypeBuilder<BorderGate> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(300);
        builder.Property(g => g.CounterpartName).HasMaxLength(300);
        builder.Property(g => g.CounterpartCountryCode).HasMaxLength(2);
        builder.Property(g => g.CounterpartLocality).HasMaxLength(300);
        builder.Property(g => g.Location).HasMaxLength(300);
        builder.Property(g => g.Notes).HasMaxLength(4000);
        builder.HasMany(g => g.Events).WithOne().HasForeignKey(e => e.BorderGateId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BorderGateEvent> builder)
    {
        builder.Property(e => e.Commodity).HasMaxLength(300);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasIndex(e => new { e.BorderGateId, e.OccurredOn });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Deadlines;

/// <summary>
/// Someone has marked a deadline item done ("the copy went to the ministry on 3 March"): the item leaves the list.
/// Keyed like the item, so a trip rescheduled (a new anchor date) brings the item back; a holiday added does not.
/// </summary>
public sealed class DeadlineDone
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    /// <summary>The item's key: rule, record and due date.</summary>
    public required string ItemKey { get; set; }

    public DateOnly DoneOn { get; set; }

    public string? Note { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}

/// <summary>
/// A reminder sent for an item: one row per item, ever. The unique key is what makes "once" hold when several
/// instances of the application sweep at the same moment: the second insert fails and sends nothing.
/// </summary>
public sealed class DeadlineReminder
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public required string ItemKey { get; set; }

    public DateOnly DueDate { get; set; }

    public DateTime SentAt { get; set; }

    /// <summary>Who was told, by e-mail when it is configured; empty when the reminder is only shown in the application.</summary>
    public string? SentTo { get; set; }
}

internal sealed class DeadlineDoneConfiguration : IEntityTypeConfiguration<DeadlineDone>
{
    public void Configure(EntityTypeBuilder<DeadlineDone> builder)
    {
        builder.Property(d => d.ItemKey).HasMaxLength(200);
        builder.Property(d => d.Note).HasMaxLength(1000);
        builder.Property(d => d.RecordedBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.ProvinceId, d.ItemKey }).IsUnique();
    }
}

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> builder)
    {
        builder.Property(d => d.ItemKey).HasMaxLength(200);
        builder.Property(d => d.SentTo).HasMaxLength(4000);
        builder.HasIndex(d => new { d.ProvinceId, d.ItemKey }).IsUnique();
    }
}

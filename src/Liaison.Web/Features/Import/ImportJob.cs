using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Import;

public enum ImportJobStatus
{
    /// <summary>Uploaded, its columns mapped (or guessed) but not yet checked.</summary>
    Mapped,

    /// <summary>Checked by a dry run: the outcome says what would happen.</summary>
    Checked,

    /// <summary>Being imported now: a second import, a new mapping or a dry run is refused until it ends.</summary>
    Importing,

    /// <summary>Committed: every row was written in one transaction.</summary>
    Imported,
}

/// <summary>
/// An uploaded spreadsheet on its way in: the file (kept in the file store by a random key), its headers,
/// the mapping of columns to fields, and the outcome of its last dry run or import. The state lives in the
/// database, not in the server's memory, so any instance can carry on with it.
/// </summary>
public sealed class ImportJob
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public required string RecordType { get; set; }

    public required string FileName { get; set; }

    public required string FileKey { get; set; }

    public TableFileKind FileKind { get; set; }

    /// <summary>The header row as written, as a JSON array.</summary>
    public required string HeadersJson { get; set; }

    /// <summary>Data rows in the file (the header not counted), for the progress bar.</summary>
    public int RowCount { get; set; }

    /// <summary>Field key to column number, as a JSON object.</summary>
    public required string MappingJson { get; set; }

    public ImportJobStatus Status { get; set; }

    /// <summary>The last dry run's or import's <see cref="ImportOutcome"/>, as JSON.</summary>
    public string? OutcomeJson { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CheckedAt { get; set; }

    public DateTime? ImportedAt { get; set; }

    /// <summary>Two people pressing Import on one upload at once: the second claim of the job fails on this, and is refused.</summary>
    public int Version { get; set; }
}

/// <summary>A mapping kept under a name, for the next file laid out the same way: column header (folded) to field key.</summary>
public sealed class ImportTemplate
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public required string RecordType { get; set; }

    public required string Name { get; set; }

    public required string MappingJson { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.Property(j => j.RecordType).HasMaxLength(40);
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.FileKey).HasMaxLength(32);
        builder.Property(j => j.FileKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.CreatedBy).HasMaxLength(256);
        builder.Property(j => j.Version).IsConcurrencyToken();
        builder.HasIndex(j => new { j.ProvinceId, j.CreatedAt });
    }
}

internal sealed class ImportTemplateConfiguration : IEntityTypeConfiguration<ImportTemplate>
{
    public void Configure(EntityTypeBuilder<ImportTemplate> builder)
    {
        builder.Property(t => t.RecordType).HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.HasIndex(t => new { t.ProvinceId, t.RecordType, t.Name }).IsUnique();
    }
}

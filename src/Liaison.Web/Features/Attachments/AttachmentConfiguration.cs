using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.OwnerType).HasMaxLength(40);
        builder.Property(a => a.FileName).HasMaxLength(AttachmentRules.MaxNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StorageKey).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.HasIndex(a => new { a.OwnerType, a.OwnerId });
    }
}

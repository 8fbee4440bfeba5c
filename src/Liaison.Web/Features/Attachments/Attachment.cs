using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Attachments;

/// <summary>
/// A file kept with a record: a signed agreement, a decision, minutes. The bytes live in the file store,
/// outside the web root, under a random key; the name a person gave the file is kept only as a label.
/// </summary>
public sealed class Attachment : ProvinceRecord
{
    /// <summary>"Partner", "Delegation", "Agreement" or "Activity".</summary>
    public required string OwnerType { get; set; }

    public int OwnerId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The type read from the file's first bytes, not from its name.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string StorageKey { get; set; }

    public required string Sha256 { get; set; }

    public string? Description { get; set; }

    public override string BuildSearchText() => TextFolding.Join(FileName, Description);
}

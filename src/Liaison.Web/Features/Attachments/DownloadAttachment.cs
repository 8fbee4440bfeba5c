using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Attachments;

public sealed record AttachmentContent(Stream Content, string FileName, string ContentType);

/// <summary>
/// Opens a file for someone who may read its record (the province filter on attachments applies, and the
/// record must still be visible). It is always sent as a download, never shown inline.
/// </summary>
public sealed class DownloadAttachmentHandler(AppDbContext db, IFileStore store)
{
    public async Task<Result<AttachmentContent>> HandleAsync(int id, CancellationToken ct = default)
    {
        var attachment = await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null || !await RecordOwners.IsVisibleAsync(db, attachment.OwnerType, attachment.OwnerId, ct))
        {
            return Failures.NotFound("The file");
        }

        return new AttachmentContent(store.OpenRead(attachment.StorageKey), attachment.FileName, attachment.ContentType);
    }
}

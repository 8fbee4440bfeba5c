using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Attachments;

/// <summary>The files kept with a record, newest first; archived ones only when asked.</summary>
public sealed class ListAttachmentsHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<AttachmentView>>> HandleAsync(string area, int ownerId, bool archived = false, CancellationToken ct = default)
    {
        if (RecordOwners.TypeOf(area) is not { } type || !await RecordOwners.IsVisibleAsync(db, type, ownerId, ct))
        {
            return Failures.NotFound("The record");
        }

        var items = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.OwnerType == type && a.OwnerId == ownerId && (archived ? a.ArchivedAt != null : a.ArchivedAt == null))
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);
        return items.Select(View).ToList();
    }

    internal static AttachmentView View(Attachment a) =>
        new(a.Id, a.FileName, a.ContentType, a.Size, a.Description, a.CreatedAt, a.CreatedBy, a.IsArchived);
}

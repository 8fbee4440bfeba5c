using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Shared;

/// <summary>
/// Deleting a record archives it: it leaves the lists and the figures but stays whole and can be restored,
/// so nothing is lost by one click. The same rule for every kind of record.
/// </summary>
public sealed class ArchiveRecordHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> ArchiveAsync<T>(int id, string what, CancellationToken ct = default)
        where T : ProvinceRecord =>
        await SetArchivedAsync<T>(id, what, archived: true, ct);

    public async Task<Result<int>> RestoreAsync<T>(int id, string what, CancellationToken ct = default)
        where T : ProvinceRecord =>
        await SetArchivedAsync<T>(id, what, archived: false, ct);

    private async Task<Result<int>> SetArchivedAsync<T>(int id, string what, bool archived, CancellationToken ct)
        where T : ProvinceRecord
    {
        var record = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, ct);
        // A file is as visible as the record it belongs to: another unit's delegation hides its files too.
        if (record is null || (record is Attachments.Attachment file && !await RecordOwners.IsVisibleAsync(db, file.OwnerType, file.OwnerId, ct)))
        {
            return Failures.NotFound(what);
        }

        // The register (partners, agreements, aid) is kept by officers and leaders; delegations and activities also by
        // unit contributors. A file goes with its record.
        if (!RecordOwners.CanChange(user, record is Attachments.Attachment a ? a.OwnerType : typeof(T).Name))
        {
            return Failures.ReadOnly();
        }

        if (record.IsArchived == archived)
        {
            // "The agreement is already archived.": the same phrase as in "not found", translated with it.
            return new ConflictFailure(archived ? $"{what} is already archived." : $"{what} is not archived.");
        }

        record.ArchivedAt = archived ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(ct);
        return record.Id;
    }
}

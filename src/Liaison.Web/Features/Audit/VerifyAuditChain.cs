using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Audit;

public sealed record AuditVerification(bool Intact, long Checked, long? BrokenAt, string? Reason)
{
    public override string ToString() => Intact
        ? $"Audit trail intact: {Checked} entries checked."
        : $"Audit trail broken at entry {BrokenAt}: {Reason} ({Checked} entries checked before it).";
}

/// <summary>
/// Walks the whole chain in order and names the first entry that does not fit: a gap in the sequence,
/// a link to the wrong previous hash, or content that no longer matches its own hash.
/// </summary>
public sealed class VerifyAuditChainHandler(AppDbContext db)
{
    public async Task<AuditVerification> HandleAsync(CancellationToken ct = default)
    {
        long expected = 1;
        var previous = AuditChain.Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            string? reason = null;
            if (entry.Sequence != expected)
            {
                reason = $"expected entry {expected} next, found {entry.Sequence} (an entry is missing)";
            }
            else if (entry.PreviousHash != previous)
            {
                reason = "it does not point to the hash of the entry before it";
            }
            else if (AuditChain.HashOf(entry) != entry.Hash)
            {
                reason = "its content no longer matches its hash (it was changed)";
            }

            if (reason is not null)
            {
                return new AuditVerification(false, expected - 1, entry.Sequence, reason);
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(true, expected - 1, null, null);
    }
}

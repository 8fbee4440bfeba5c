using System.Text.Json;
using Liaison.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Infrastructure.Data;

public abstract partial class AppDbContext
{
    private static readonly JsonSerializerOptions ViewJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes into the audit chain that the current user opened personal data: a case file, or an export of the people
    /// in cases (ADR 0017). Its own transaction, committed before the data is shown, so that no one reads a file
    /// without leaving the trace; <paramref name="what"/> says what was opened ("case file", "export of 40 people").
    /// </summary>
    public Task RecordViewAsync(string entityType, int entityId, int? provinceId, string what, CancellationToken ct) =>
        RecordViewsAsync(entityType, [(entityId, provinceId)], what, ct);

    /// <summary>The same for several records read at once (an export): one entry each, in one transaction.</summary>
    public async Task RecordViewsAsync(string entityType, IReadOnlyCollection<(int Id, int? ProvinceId)> records, string what, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        await BulkWriteEndedAsync(rethrow: true);
        _bulkChainEnd = null; // this write extends the chain itself
        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(ct) : null;
        var added = new List<AuditEntry>(records.Count);
        try
        {
            var end = await AuditWriter.EndAsync(this, ct);
            var (sequence, previous) = (end.Sequence, end.Hash);
            var at = AuditChain.Truncate(_clock.GetUtcNow().UtcDateTime);
            var changes = JsonSerializer.Serialize(new[] { new FieldChange("Opened", null, what) }, ViewJson);
            foreach (var (id, provinceId) in records)
            {
                var entry = new AuditEntry
                {
                    Sequence = ++sequence,
                    At = at,
                    UserName = _user?.UserName ?? "system",
                    ProvinceId = provinceId,
                    EntityType = entityType,
                    EntityId = id,
                    Action = AuditAction.Viewed,
                    Changes = changes,
                    PreviousHash = previous,
                    Hash = string.Empty,
                };
                entry.Hash = AuditChain.HashOf(entry);
                previous = entry.Hash;
                AuditEntries.Add(entry);
                added.Add(entry);
            }

            // Only the view entries are pending: a read handler tracks nothing, and these are written without the audited path.
            System.Diagnostics.Debug.Assert(ChangeTracker.Entries().All(e => e.State == EntityState.Unchanged || e.Entity is AuditEntry), "A view is written with other changes pending.");
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        catch
        {
            // Entries not written must not be written later, by another save, with a place in the chain that is no longer free.
            foreach (var entry in added)
            {
                Entry(entry).State = EntityState.Detached;
            }

            throw;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }
}

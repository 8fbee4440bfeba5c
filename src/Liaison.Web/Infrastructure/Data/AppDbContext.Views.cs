using System.Text.Json;
using Liaison.Web.Features.Audit;

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
            }

            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
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

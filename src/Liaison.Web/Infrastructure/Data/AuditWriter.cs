using System.Globalization;
using System.Text.Json;
using Liaison.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// Turns the changes a save is about to make into audit entries: taken before the save (for the values
/// before), completed after it (for new ids), and appended to the chain inside the same transaction.
/// </summary>
internal sealed class AuditWriter
{
    // Bookkeeping that says nothing a reader needs: the entry itself records who and when.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        nameof(ProvinceRecord.Version), nameof(ProvinceRecord.SearchText), nameof(ProvinceRecord.UpdatedAt),
        nameof(ProvinceRecord.UpdatedBy), nameof(ProvinceRecord.CreatedAt), nameof(ProvinceRecord.CreatedBy),

        // An account's secrets and Identity's own counters: never copied into the trail.
        "PasswordHash", "SecretHash", "CalendarKeyHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<Pending> _pending = [];

    private AuditWriter()
    {
    }

    public bool IsEmpty => _pending.Count == 0;

    /// <summary>Reads the tracker before the save: which records change, and their values before.</summary>
    public static AuditWriter Capture(ChangeTracker tracker)
    {
        var writer = new AuditWriter();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only: an entry can't be changed or removed.");
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry.Metadata, out var owner))
            {
                continue;
            }

            var pending = new Pending(entry, entry.State, owner);
            if (entry.State == EntityState.Modified)
            {
                foreach (var property in entry.Properties.Where(p => p.IsModified && !Ignored.Contains(p.Metadata.Name)))
                {
                    var before = Format(property.OriginalValue);
                    var after = Format(property.CurrentValue);
                    if (before != after)
                    {
                        pending.Changes.Add(new FieldChange(property.Metadata.Name, before, after));
                    }
                }

                if (pending.Changes.Count == 0)
                {
                    continue;
                }
            }
            else if (entry.State == EntityState.Deleted)
            {
                pending.Changes.AddRange(entry.Properties.Where(p => !Ignored.Contains(p.Metadata.Name))
                    .Select(p => new FieldChange(p.Metadata.Name, Format(p.OriginalValue), null)));
            }

            writer._pending.Add(pending);
        }

        return writer;
    }

    /// <summary>After the save: completes the entries with the ids the database gave, links them into the chain and adds them.</summary>
    public async Task AppendAsync(AppDbContext db, string userName, DateTime now, CancellationToken ct) =>
        db.Set<AuditEntry>().AddRange(Chain(db, userName, now, await EndAsync(db, ct)));

    /// <summary>
    /// The chain's current end, read under the chain's lock: on PostgreSQL an advisory lock held until the
    /// transaction ends; on SQLite the transaction's write lock does this already. Until then no one else can
    /// extend the chain, so a writer that extends it again in the same transaction may carry the end on itself.
    /// </summary>
    public static async Task<AuditChainEnd> EndAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4242001)", ct);
        }

        var last = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        return last is null ? new AuditChainEnd(0, AuditChain.Genesis) : new AuditChainEnd(last.Sequence, last.Hash);
    }

    /// <summary>
    /// Completes the entries with the records' ids and links them into the chain after <paramref name="end"/>,
    /// without adding them to the context: the bulk path writes them itself.
    /// </summary>
    public List<AuditEntry> Chain(AppDbContext db, string userName, DateTime now, AuditChainEnd end)
    {
        var provinceOf = db.ChangeTracker.Entries<ProvinceRecord>()
            .GroupBy(e => (e.Metadata.ClrType.Name, e.Entity.Id))
            .ToDictionary(g => g.Key, g => g.First().Entity.ProvinceId);

        var sequence = end.Sequence;
        var previous = end.Hash;
        var at = AuditChain.Truncate(now);
        var chained = new List<AuditEntry>(_pending.Count);

        foreach (var p in _pending)
        {
            var values = p.State == EntityState.Deleted ? p.Entry.OriginalValues : p.Entry.CurrentValues;
            if (p.State == EntityState.Added)
            {
                // Read through the entry's values, not a PropertyEntry per field: an import chains thousands of these.
                foreach (var property in values.Properties)
                {
                    if (!Ignored.Contains(property.Name) && values[property] is { } value)
                    {
                        p.Changes.Add(new FieldChange(property.Name, null, Format(value)));
                    }
                }
            }

            var key = p.Entry.Metadata.FindPrimaryKey()!.Properties;
            var entityId = key.Count == 1 && values[key[0]] is int id ? id : 0;
            var entityKey = key.Count == 1 && values[key[0]] is string text ? text : null;
            int? parentId = p.Owner is null ? null : (int?)values[p.Owner.Properties[0]];
            var parentType = p.Owner?.PrincipalEntityType.ClrType.Name;
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                At = at,
                UserName = userName,
                ProvinceId = p.Entry.Entity is ProvinceRecord root
                    ? root.ProvinceId
                    : parentId is { } pid && provinceOf.TryGetValue((parentType!, pid), out var province) ? province : null,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityId = entityId,
                EntityKey = entityKey,
                ParentType = parentType,
                ParentId = parentId,
                Action = ActionOf(p),
                Changes = JsonSerializer.Serialize(p.Changes, Json),
                PreviousHash = previous,
                Hash = string.Empty,
            };
            entry.Hash = AuditChain.HashOf(entry);
            previous = entry.Hash;
            chained.Add(entry);
        }

        return chained;
    }

    private static AuditAction ActionOf(Pending p) => p.State switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ when p.Changes.Any(c => c.Field == nameof(ProvinceRecord.ArchivedAt)) =>
            p.Changes.First(c => c.Field == nameof(ProvinceRecord.ArchivedAt)).After is null ? AuditAction.Restored : AuditAction.Archived,
        _ when p.Changes.Any(c => c.Field == "Status") && p.Entry.Entity is ProvinceRecord => AuditAction.StatusChanged,
        _ => AuditAction.Updated,
    };

    /// <summary>
    /// Records are audited, and so are the rows that belong to one (a delegation's members): those are
    /// found by the foreign key whose principal holds them in a collection (Delegation.Members).
    /// </summary>
    private static bool IsAudited(IEntityType type, out IForeignKey? owner)
    {
        owner = null;
        if (typeof(ProvinceRecord).IsAssignableFrom(type.ClrType) || type.ClrType == typeof(Features.Accounts.AppUser)
            || type.ClrType == typeof(Features.Accounts.Tokens.PersonalAccessToken) || type.ClrType == typeof(Features.Money.ExchangeRate)
            || type.ClrType == typeof(Features.Deadlines.DeadlineRule) || type.ClrType == typeof(Features.Deadlines.Holiday) || type.ClrType == typeof(Features.Deadlines.DeadlineDone))
        {
            return true;
        }

        owner = type.GetForeignKeys().FirstOrDefault(fk =>
            fk.PrincipalToDependent is not null && typeof(ProvinceRecord).IsAssignableFrom(fk.PrincipalEntityType.ClrType));
        return owner is not null;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record Pending(EntityEntry Entry, EntityState State, IForeignKey? Owner)
    {
        public List<FieldChange> Changes { get; } = [];
    }
}

/// <summary>The last entry of the audit chain: its sequence number and hash, which the next entry follows.</summary>
internal sealed record AuditChainEnd(long Sequence, string Hash);

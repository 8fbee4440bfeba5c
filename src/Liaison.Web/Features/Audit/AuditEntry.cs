namespace Liaison.Web.Features.Audit;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Archived,
    Restored,
    StatusChanged,

    /// <summary>Someone opened a file of personal data (a citizen-protection case) or exported it: reading, not a change (ADR 0017).</summary>
    Viewed,
}

/// <summary>
/// One change to one record, written in the same transaction as the change. Entries form a chain: each
/// carries the hash of the one before, and its own hash covers its content and that link, so editing,
/// inserting or removing an entry behind the application's back breaks the chain at that point.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, assigned by the writer (1, 2, 3…), so a gap is visible too.</summary>
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    public required string UserName { get; set; }

    /// <summary>The province of the record changed, for scoping who may read the entry.</summary>
    public int? ProvinceId { get; set; }

    /// <summary>The kind of record ("Delegation", or "DelegationMember" for a row that belongs to one).</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The key of a record whose key is not a number (a user account's id); else null.</summary>
    public string? EntityKey { get; set; }

    /// <summary>For a row that belongs to a record (a member of a delegation), that record; else null.</summary>
    public string? ParentType { get; set; }

    public int? ParentId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The fields that changed, as JSON: [{"field":"Title","before":"…","after":"…"}].</summary>
    public required string Changes { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}

public sealed record FieldChange(string Field, string? Before, string? After);

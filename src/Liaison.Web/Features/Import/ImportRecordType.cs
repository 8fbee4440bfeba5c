using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;

namespace Liaison.Web.Features.Import;

/// <summary>
/// A kind of record that can be imported: its fields, who may import it, and how a row becomes a record.
/// Each lives in its own business area (Delegations/DelegationImport.cs…) and reuses that area's input
/// and validation, so an imported record passes exactly the checks of one typed into the form.
/// </summary>
public abstract class ImportRecordType
{
    /// <summary>The name in addresses and templates ("delegations").</summary>
    public abstract string Key { get; }

    public abstract string Title { get; }

    public abstract IReadOnlyList<ImportField> Fields { get; }

    public abstract bool MayImport(CurrentUser user);

    /// <summary>A pass over one file: it may load what it needs to recognise existing records once, up front.</summary>
    public abstract ImportPass Begin(AppDbContext db, CurrentUser user);

    protected static ImportField Field(string key, string property, bool required, string hint, string[] english, string[] vietnamese, string[] arabic) =>
        new(key, property, required, hint, english, vietnamese, arabic);
}

/// <summary>One reading of a file for a record type, row after row, in one database context.</summary>
public abstract class ImportPass
{
    public virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Reads a row into a new or existing record. When <paramref name="apply"/> is false nothing may be left
    /// tracked for saving; when true the record is added or changed in the context, and saved by the caller.
    /// </summary>
    public abstract Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct);
}

public static class ImportCatalog
{
    public static readonly IReadOnlyList<ImportRecordType> All =
    [
        new Delegations.DelegationImport(),
        new Partners.PartnerImport(),
        new Agreements.AgreementImport(),
        new Activities.ActivityImport(),
        new Aid.AidProjectImport(),
        new Investment.InvestmentImport(),
        new Trade.TradeImport(),
    ];

    public static ImportRecordType? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));
}

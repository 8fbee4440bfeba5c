using System.Text.Json;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Attachments;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Import;

/// <param name="Row">The row's number in the file.</param>
/// <param name="Label">The record as a person recognises it (title and date).</param>
public sealed record PlannedRow(int Row, ImportAction Action, string Label, string? LikelyDuplicateOf);

/// <summary>
/// What a dry run found, or what an import did: counts by action, every row's errors (the first
/// <see cref="RunImportHandler.MaxListed"/>), and the rows to be created or updated with likely duplicates flagged.
/// </summary>
public sealed record ImportOutcome(
    bool Applied,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Invalid,
    int ErrorCount,
    int LikelyDuplicates,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<PlannedRow> Planned)
{
    public bool HasErrors => ErrorCount > 0;
}

/// <summary>How far a run has got, reported every few hundred rows for the progress bar.</summary>
public sealed record ImportProgress(int Done, int Total);

/// <summary>
/// Reads an uploaded file through its mapping, row by row: as a dry run that changes nothing, or as the
/// import itself, all or nothing. The import writes in batches inside one transaction (the change tracker is
/// emptied after each, so memory stays flat however long the file) and rolls back at the first row that
/// can't be taken; the dry run reads on to the end so every row's errors are shown at once.
/// </summary>
public sealed class RunImportHandler(AppDbContext db, CurrentUser user, IFileStore files, TimeProvider clock)
{
    public const int MaxListed = 1000;
    private const int BatchSize = 500;
    private const int ProgressEvery = 500;

    public Task<Result<ImportOutcome>> CheckAsync(int jobId, Func<ImportProgress, Task>? progress = null, CancellationToken ct = default) =>
        RunAsync(jobId, apply: false, progress, ct);

    public Task<Result<ImportOutcome>> CommitAsync(int jobId, Func<ImportProgress, Task>? progress = null, CancellationToken ct = default) =>
        RunAsync(jobId, apply: true, progress, ct);

    private async Task<Result<ImportOutcome>> RunAsync(int jobId, bool apply, Func<ImportProgress, Task>? progress, CancellationToken ct)
    {
        var job = await ImportJobs.FindAsync(db, user, jobId, ct);
        if (job is null)
        {
            return Failures.NotFound("The import");
        }

        var type = ImportCatalog.Find(job.RecordType)!;
        if (!type.MayImport(user))
        {
            return Failures.ReadOnly();
        }

        switch (job.Status)
        {
            case ImportJobStatus.Imported:
                return new ConflictFailure("This file has already been imported. Upload it again to import it again: rows already in Liaison are then updated, not repeated.");
            case ImportJobStatus.Importing:
                return new ConflictFailure("This file is being imported now. Open the import again in a moment to see the outcome.");
            case ImportJobStatus.Mapped when apply:
                return new ConflictFailure("Check the file first: the dry run shows what the import would do.");
        }

        if (ImportJobs.UnmappedRequired(type, ImportJobs.Mapping(job)) is { Any: true } unmapped)
        {
            return unmapped.ToFailure();
        }

        if (apply)
        {
            // Claim the job before the long work. Two presses at once both read "checked"; the version, a
            // concurrency token, lets only one claim be saved, and the other is refused rather than run twice.
            job.Status = ImportJobStatus.Importing;
            job.Version++;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new ConflictFailure("This file is being imported already.");
            }
        }

        ImportOutcome outcome;
        try
        {
            outcome = await ReadFileAsync(job, type, apply, progress, ct);
        }
        catch when (apply)
        {
            // An import that broke off (the database went away, the request was cancelled) wrote nothing:
            // the job goes back to "checked", so it can be tried again.
            await SetStatusAsync(job.Id, ImportJobStatus.Checked, CancellationToken.None);
            throw;
        }

        if (outcome.Applied)
        {
            // Its status was written with the records, in their transaction.
            files.Delete(job.FileKey); // the records hold what it said; an upload is not kept as a second copy
            return outcome;
        }

        db.ChangeTracker.Clear();
        var saved = await db.ImportJobs.SingleAsync(j => j.Id == job.Id, ct);
        // A dry run keeps its outcome only if the job is still as it read it: not imported meanwhile by
        // someone else, and not mapped anew (an outcome of the old mapping would let the new one be imported unchecked).
        if (!apply && (saved.Status is not (ImportJobStatus.Mapped or ImportJobStatus.Checked) || saved.MappingJson != job.MappingJson))
        {
            return outcome;
        }

        saved.OutcomeJson = JsonSerializer.Serialize(outcome, ImportJobs.Json);
        saved.CheckedAt = clock.GetUtcNow().UtcDateTime;
        saved.Status = ImportJobStatus.Checked;
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    private async Task SetStatusAsync(int jobId, ImportJobStatus status, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
        job.Status = status;
        await db.SaveChangesAsync(ct);
    }

    private async Task<ImportOutcome> ReadFileAsync(ImportJob job, ImportRecordType type, bool apply, Func<ImportProgress, Task>? progress, CancellationToken ct)
    {
        await using var transaction = apply ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            return await ReadRowsAsync(job, type, apply, transaction, progress, ct);
        }
        finally
        {
            // A batch may still be being written (ADR 0016): the transaction is let go of only once it is.
            await db.BulkWriteEndedAsync(rethrow: false);
        }
    }

    private async Task<ImportOutcome> ReadRowsAsync(ImportJob job, ImportRecordType type, bool apply, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction,
        Func<ImportProgress, Task>? progress, CancellationToken ct)
    {
        var headers = ImportJobs.Headers(job);
        var mapping = ImportJobs.Mapping(job);
        var pass = type.Begin(db, user);
        await pass.PrepareAsync(ct);

        var errors = new List<ImportError>();
        var planned = new List<PlannedRow>();
        var firstRowOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        int rows = 0, created = 0, updated = 0, unchanged = 0, invalid = 0, errorCount = 0, likely = 0, pending = 0;

        await using var stream = files.OpenRead(job.FileKey);
        foreach (var tableRow in TableFile.Rows(stream, job.FileKind).Skip(1))
        {
            ct.ThrowIfCancellationRequested();
            rows++;
            var row = new ImportRow(tableRow, mapping, headers, type.Fields);
            // Once the import has met a bad row it writes nothing more; it reads on only to list every error.
            var outcome = await pass.ReadAsync(row, apply && errorCount == 0 && !row.HasErrors, ct);
            if (outcome.Key.Length > 0 && !firstRowOfKey.TryAdd(outcome.Key, row.Number))
            {
                row.Errors.Add(new ImportError(row.Number, string.Empty, Infrastructure.Text.Messages.Translate($"This row repeats row {firstRowOfKey[outcome.Key]}: the same record can be imported only once.")));
            }

            var action = row.HasErrors ? ImportAction.Invalid : outcome.Action;
            switch (action)
            {
                case ImportAction.Create: created++; break;
                case ImportAction.Update: updated++; break;
                case ImportAction.Unchanged: unchanged++; break;
                default: invalid++; break;
            }

            errorCount += row.Errors.Count;
            errors.AddRange(row.Errors.Take(MaxListed - errors.Count));
            if (outcome.LikelyDuplicateOf is not null)
            {
                likely++;
            }

            if (action is ImportAction.Create or ImportAction.Update && planned.Count < MaxListed)
            {
                planned.Add(new PlannedRow(row.Number, action, outcome.Label, outcome.LikelyDuplicateOf));
            }

            if (apply && errorCount == 0 && ++pending >= BatchSize)
            {
                await db.SaveAddedInBulkAsync(ct);
                pending = 0;
            }

            if (progress is not null && rows % ProgressEvery == 0)
            {
                await progress(new ImportProgress(rows, Math.Max(rows, job.RowCount)));
            }
        }

        var applied = apply && errorCount == 0 && transaction is not null;
        var result = new ImportOutcome(applied, rows, created, updated, unchanged, invalid, errorCount, likely, errors, planned);
        if (applied)
        {
            await db.SaveAddedInBulkAsync(ct);
            // The job says "imported" in the same transaction as the records: both are kept, or neither.
            var done = await db.ImportJobs.SingleAsync(j => j.Id == job.Id, ct);
            done.Status = ImportJobStatus.Imported;
            done.OutcomeJson = JsonSerializer.Serialize(result, ImportJobs.Json);
            done.CheckedAt = done.ImportedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await transaction!.CommitAsync(ct);
        }
        else if (transaction is not null)
        {
            await transaction.RollbackAsync(ct);
        }

        db.ChangeTracker.Clear();
        if (progress is not null)
        {
            await progress(new ImportProgress(rows, rows));
        }

        return result;
    }
}

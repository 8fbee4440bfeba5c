using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Attachments;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Import;

/// <param name="Sample">The first few data rows, so a person can see what each column holds while mapping it.</param>
/// <param name="Mapping">Field key to column number.</param>
public sealed record ImportView(
    int Id,
    string RecordType,
    string RecordTitle,
    string FileName,
    int RowCount,
    ImportJobStatus Status,
    IReadOnlyList<string> Headers,
    IReadOnlyList<string[]> Sample,
    IReadOnlyDictionary<string, int> Mapping,
    IReadOnlyList<ImportField> Fields,
    ImportOutcome? Outcome,
    string CreatedBy,
    DateTime CreatedAt,
    DateTime? ImportedAt);

public sealed record ImportTemplateView(int Id, string Name, string CreatedBy, DateTime CreatedAt);

public sealed record ImportJobRow(int Id, string RecordType, string FileName, int RowCount, ImportJobStatus Status, string CreatedBy, DateTime CreatedAt, DateTime? ImportedAt);

/// <summary>An import of the user's province as the mapping and result pages show it.</summary>
public sealed class GetImportHandler(AppDbContext db, CurrentUser user, IFileStore files)
{
    private const int SampleRows = 3;

    public async Task<Result<ImportView>> HandleAsync(int id, CancellationToken ct = default)
    {
        var job = await ImportJobs.FindAsync(db, user, id, ct);
        if (job is null)
        {
            return Failures.NotFound("The import");
        }

        var type = ImportCatalog.Find(job.RecordType)!;
        var sample = new List<string[]>();
        if (job.Status != ImportJobStatus.Imported)
        {
            await using var stream = files.OpenRead(job.FileKey);
            sample.AddRange(TableFile.Rows(stream, job.FileKind).Skip(1).Take(SampleRows).Select(r => r.Cells));
        }

        return new ImportView(job.Id, type.Key, type.Title, job.FileName, job.RowCount, job.Status, ImportJobs.Headers(job), sample,
            ImportJobs.Mapping(job), type.Fields, ImportJobs.Outcome(job), job.CreatedBy, job.CreatedAt, job.ImportedAt);
    }

    /// <summary>The province's saved mappings for a kind of record, newest first.</summary>
    public async Task<IReadOnlyList<ImportTemplateView>> TemplatesAsync(string recordType, CancellationToken ct = default) =>
        user.ProvinceId is { } province
            ? await db.ImportTemplates.AsNoTracking().Where(t => t.ProvinceId == province && t.RecordType == recordType)
                .OrderBy(t => t.Name).Select(t => new ImportTemplateView(t.Id, t.Name, t.CreatedBy, t.CreatedAt)).ToListAsync(ct)
            : [];

    /// <summary>The province's imports, newest first, a page at a time.</summary>
    public async Task<Shared.Paged<ImportJobRow>> ListAsync(int page, int pageSize, string? recordType, CancellationToken ct = default)
    {
        var jobs = ImportJobs.Visible(db, user).AsNoTracking();
        if (ImportCatalog.Find(recordType) is { } type)
        {
            jobs = jobs.Where(j => j.RecordType == type.Key);
        }

        var total = await jobs.CountAsync(ct);
        var items = await jobs.OrderByDescending(j => j.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(j => new ImportJobRow(j.Id, j.RecordType, j.FileName, j.RowCount, j.Status, j.CreatedBy, j.CreatedAt, j.ImportedAt)).ToListAsync(ct);
        return new Shared.Paged<ImportJobRow>(items, total, page, pageSize);
    }
}

using System.Text.Json;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Attachments;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Import;

/// <summary>
/// Takes a spreadsheet for import: keeps the file, reads its header row and counts its rows (streaming, so
/// a file of 100,000 rows costs no memory), and guesses the mapping of columns to fields, from a saved
/// template when one is named. Nothing is imported yet.
/// </summary>
public sealed class UploadImportHandler(AppDbContext db, CurrentUser user, IFileStore files, TimeProvider clock)
{
    /// <summary>Large enough for 100,000 rows of a wide register; the request limit for this endpoint matches.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public async Task<Result<int>> HandleAsync(string? recordType, IFormFile? file, int? templateId, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var type = ImportCatalog.Find(recordType);
        if (type is null)
        {
            errors.Add("recordType", $"Choose what the file holds: {string.Join(", ", ImportCatalog.All.Select(t => t.Key))}.");
            return errors.ToFailure();
        }

        if (!type.MayImport(user))
        {
            return Failures.ReadOnly();
        }

        var kind = file is null ? null : TableFile.KindOf(file.FileName);
        if (file is null || file.Length == 0)
        {
            errors.Add("file", "Choose a file to import.");
        }
        else if (kind is null)
        {
            errors.Add("file", "The file must be an Excel workbook (.xlsx) or a CSV file (.csv).");
        }
        else if (file.Length > MaxBytes)
        {
            errors.Add("file", "The file must be 64 MB or smaller.");
        }

        Dictionary<string, string>? template = null;
        if (templateId is { } tid)
        {
            var saved = await db.ImportTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tid && t.ProvinceId == user.ProvinceId && t.RecordType == type.Key, ct);
            if (saved is null)
            {
                errors.Add("templateId", "Choose one of your province's saved mappings for this kind of record.");
            }
            else
            {
                template = JsonSerializer.Deserialize<Dictionary<string, string>>(saved.MappingJson, ImportJobs.Json);
            }
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var key = Guid.NewGuid().ToString("N");
        await using (var upload = file!.OpenReadStream())
        {
            await files.SaveAsync(key, upload, ct);
        }

        string[] headers;
        var rowCount = 0;
        try
        {
            await using var stream = files.OpenRead(key);
            headers = [];
            foreach (var row in TableFile.Rows(stream, kind!.Value))
            {
                if (headers.Length == 0)
                {
                    headers = row.Cells;
                }
                else
                {
                    rowCount++;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException)
        {
            files.Delete(key);
            errors.Add("file", $"The file can't be read as {(kind == TableFileKind.Xlsx ? "an Excel workbook" : "CSV")}: {e.Message}");
            return errors.ToFailure();
        }

        if (headers.Length == 0)
        {
            files.Delete(key);
            errors.Add("file", "The file is empty: its first row must name the columns.");
            return errors.ToFailure();
        }

        var job = new ImportJob
        {
            ProvinceId = user.ProvinceId!.Value,
            RecordType = type.Key,
            FileName = Path.GetFileName(file.FileName) is { Length: > 260 } longName ? longName[..260] : Path.GetFileName(file.FileName),
            FileKey = key,
            FileKind = kind.Value,
            HeadersJson = JsonSerializer.Serialize(headers, ImportJobs.Json),
            RowCount = rowCount,
            MappingJson = JsonSerializer.Serialize(ImportJobs.Guess(type, headers, template), ImportJobs.Json),
            Status = ImportJobStatus.Mapped,
            CreatedBy = user.UserName ?? "unknown",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }
}

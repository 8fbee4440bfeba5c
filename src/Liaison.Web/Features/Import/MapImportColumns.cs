using System.Text.Json;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Import;

/// <summary>What a person chooses on the mapping step: the column (by number, from 0) for each field, and a name to keep the mapping under.</summary>
public sealed class ImportMappingInput
{
    public Dictionary<string, int?> Columns { get; set => field = value ?? []; } = [];

    /// <summary>When given, the mapping is kept as a template under this name (replacing one of the same name).</summary>
    public string? SaveAs { get; set; }
}

/// <summary>
/// Sets which column holds which field. Every field a record needs must have a column, and a column holds
/// one field. A changed mapping needs a new dry run before it can be imported. It can be kept as a named
/// template, stored by header text, so the next file with the same headers maps itself.
/// </summary>
public sealed class MapImportColumnsHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(int jobId, ImportMappingInput input, CancellationToken ct = default)
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

        if (job.Status is ImportJobStatus.Imported or ImportJobStatus.Importing)
        {
            return new ConflictFailure("This file has been imported, or is being imported now; its mapping can no longer change.");
        }

        var headers = ImportJobs.Headers(job);
        var errors = new ValidationErrors();
        var mapping = new Dictionary<string, int>();
        foreach (var (fieldKey, column) in input.Columns)
        {
            if (column is null)
            {
                continue;
            }

            if (type.Fields.All(f => f.Key != fieldKey))
            {
                errors.Add(fieldKey, $"\"{fieldKey}\" is not a field of {type.Title.ToLowerInvariant()}.");
            }
            else if (column < 0 || column >= headers.Count)
            {
                errors.Add(fieldKey, $"The file has no column {column + 1}.");
            }
            else if (mapping.FirstOrDefault(m => m.Value == column) is { Key: { } other })
            {
                errors.Add(fieldKey, $"Column \"{headers[column.Value]}\" is already chosen for \"{type.Fields.First(f => f.Key == other).Header}\".");
            }
            else
            {
                mapping[fieldKey] = column.Value;
            }
        }

        foreach (var (key, messages) in ImportJobs.UnmappedRequired(type, mapping).ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(key, message);
            }
        }

        var name = input.SaveAs?.Trim();
        if (name is { Length: > 100 })
        {
            errors.Add(nameof(input.SaveAs), "The template's name must be 100 characters or fewer.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        job.MappingJson = JsonSerializer.Serialize(mapping, ImportJobs.Json);
        job.Status = ImportJobStatus.Mapped;
        job.OutcomeJson = null;
        if (name is { Length: > 0 })
        {
            var byHeader = mapping.ToDictionary(m => ImportChoices.Compact(headers[m.Value]), m => m.Key);
            var template = await db.ImportTemplates.SingleOrDefaultAsync(t => t.ProvinceId == job.ProvinceId && t.RecordType == type.Key && t.Name == name, ct);
            if (template is null)
            {
                db.ImportTemplates.Add(new ImportTemplate
                {
                    ProvinceId = job.ProvinceId,
                    RecordType = type.Key,
                    Name = name,
                    MappingJson = JsonSerializer.Serialize(byHeader, ImportJobs.Json),
                    CreatedBy = user.UserName ?? "unknown",
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                });
            }
            else
            {
                template.MappingJson = JsonSerializer.Serialize(byHeader, ImportJobs.Json);
            }
        }

        await db.SaveChangesAsync(ct);
        return job.Id;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Import;

/// <summary>What the import's use cases share: finding the user's jobs and reading what a job keeps as JSON.</summary>
public static class ImportJobs
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>An import of the user's province; imports are a province's work, like its records.</summary>
    public static Task<ImportJob?> FindAsync(AppDbContext db, CurrentUser user, int id, CancellationToken ct) =>
        Visible(db, user).SingleOrDefaultAsync(j => j.Id == id, ct);

    /// <summary>
    /// The province's imports; a unit contributor sees only its own, since an outcome names records (and
    /// likely duplicates among them) that belong to other units.
    /// </summary>
    public static IQueryable<ImportJob> Visible(AppDbContext db, CurrentUser user)
    {
        if (user.ProvinceId is not { } province)
        {
            return db.ImportJobs.Where(_ => false);
        }

        var jobs = db.ImportJobs.Where(j => j.ProvinceId == province);
        return user.Unit is null ? jobs : jobs.Where(j => j.CreatedBy == user.UserName);
    }

    public static IReadOnlyList<string> Headers(ImportJob job) => JsonSerializer.Deserialize<string[]>(job.HeadersJson, Json) ?? [];

    public static IReadOnlyDictionary<string, int> Mapping(ImportJob job) => JsonSerializer.Deserialize<Dictionary<string, int>>(job.MappingJson, Json) ?? [];

    public static ImportOutcome? Outcome(ImportJob job) => job.OutcomeJson is { } json ? JsonSerializer.Deserialize<ImportOutcome>(json, Json) : null;

    public static ValidationErrors UnmappedRequired(ImportRecordType type, IReadOnlyDictionary<string, int> mapping)
    {
        var errors = new ValidationErrors();
        foreach (var field in type.Fields.Where(f => f.Required && !mapping.ContainsKey(f.Key)))
        {
            errors.Add(field.Key, $"Choose the column that holds \"{field.Header}\": every record needs it.");
        }

        return errors;
    }

    /// <summary>
    /// Which column holds which field, guessed from the headers: a header written as any of a field's names
    /// in English, Vietnamese or Arabic, whatever its case, diacritics and punctuation. A saved template's
    /// headers come first; a field takes the first column that names it.
    /// </summary>
    public static Dictionary<string, int> Guess(ImportRecordType type, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string>? template = null)
    {
        var mapping = new Dictionary<string, int>();
        var fieldByHeader = new Dictionary<string, string>();
        foreach (var (header, field) in template ?? new Dictionary<string, string>())
        {
            fieldByHeader.TryAdd(header, field);
        }

        foreach (var field in type.Fields)
        {
            foreach (var name in field.AllHeaders)
            {
                fieldByHeader.TryAdd(ImportChoices.Compact(name), field.Key);
            }
        }

        for (var column = 0; column < headers.Count; column++)
        {
            if (fieldByHeader.TryGetValue(ImportChoices.Compact(headers[column]), out var field) && type.Fields.Any(f => f.Key == field))
            {
                mapping.TryAdd(field, column);
            }
        }

        return mapping;
    }
}

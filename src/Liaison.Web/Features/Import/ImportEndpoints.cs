using System.Text.Json;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;
using Liaison.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Features.Import;

public static class ImportEndpoints
{
    /// <summary>The media type of a run that reports its progress line by line, then its outcome.</summary>
    public const string ProgressStream = "application/x-ndjson";

    public static void MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Import").RequireRateLimiting(WebSecurity.ApiLimit)
            .RequireAuthorization(Policies.EditsVisitsAndEvents);

        api.MapGet("/types", () => TypedResults.Ok(ImportCatalog.All.Select(t => new ImportTypeSummary(t.Key, t.Title, t.Fields))))
            .WithSummary("What can be imported, and each kind's fields with the headers recognised for them in English, Vietnamese and Arabic.");

        api.MapGet("/blank/{type}.{format:regex(^(xlsx|csv)$)}", (string type, string format, string? language) =>
        {
            if (ImportCatalog.Find(type) is not { } recordType)
            {
                return Results.NotFound();
            }

            var lang = language is Languages.Vietnamese or Languages.English or Languages.Arabic ? language : Languages.Current;
            return format == "csv"
                ? Results.File(BlankImportTemplate.Csv(recordType, lang), "text/csv; charset=utf-8", $"{recordType.Key}-template.csv")
                : Results.File(BlankImportTemplate.Xlsx(recordType, lang), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{recordType.Key}-template.xlsx");
        }).WithSummary("A blank spreadsheet for a kind of record, headed in the reader's language (or language=vi|en|ar), with a sheet on how to fill it.");

        api.MapGet("/", async (string? type, int? page, int? pageSize, GetImportHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.ListAsync(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 25, 1, 200), type, ct)))
            .WithSummary("The province's imports, newest first (type, page, pageSize).");

        api.MapGet("/mappings/{type}", async (string type, GetImportHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.TemplatesAsync(type, ct)))
            .WithSummary("The mappings the province has saved for a kind of record.");

        // JSON clients post multipart without an antiforgery token; the Strict same-site cookie keeps other sites out (ADR 0005).
        api.MapPost("/", async (IFormFile? file, [FromForm] string? recordType, [FromForm] int? templateId, UploadImportHandler upload, GetImportHandler get, CancellationToken ct) =>
        {
            var created = await upload.HandleAsync(recordType, file, templateId, ct);
            return created.Succeeded
                ? TypedResults.Created($"/api/imports/{created.Value}", (await get.HandleAsync(created.Value, ct)).Value)
                : created.Failure!.ToProblem();
        })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(UploadImportHandler.MaxBytes))
            .WithSummary("Uploads a spreadsheet (multipart: file, recordType, optional templateId): .xlsx or .csv. Nothing is imported yet; the answer holds the guessed mapping.");

        api.MapGet("/{id:int}", async (int id, GetImportHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithSummary("An import: its headers, first rows, mapping, and the outcome of its last dry run or import.");

        api.MapPut("/{id:int}/mapping", async (int id, ImportMappingInput input, MapImportColumnsHandler map, GetImportHandler get, CancellationToken ct) =>
        {
            var mapped = await map.HandleAsync(id, input, ct);
            return mapped.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, ct)).Value) : mapped.Failure!.ToProblem();
        }).WithSummary("Sets the column of each field ({ columns: { field: column } }, columns from 0), optionally saving it as a template (saveAs).");

        api.MapPost("/{id:int}/check", (int id, RunImportHandler run, HttpContext http, CancellationToken ct) =>
            RespondAsync(http, progress => run.CheckAsync(id, progress, ct), commit: false))
            .WithSummary("The dry run: every row's errors and what would be created or updated; nothing is written. With Accept: application/x-ndjson, progress lines come first.");

        api.MapPost("/{id:int}/commit", (int id, RunImportHandler run, HttpContext http, CancellationToken ct) =>
            RespondAsync(http, progress => run.CommitAsync(id, progress, ct), commit: true))
            .WithSummary("Imports a checked file, all or nothing. With Accept: application/x-ndjson, progress lines come first.");

        // The import page's forms: plain posts with the antiforgery token, for a browser without scripts.
        app.MapPost("/import/{id:int}/run", async (int id, HttpContext http, RunImportHandler run, CancellationToken ct) =>
        {
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.Problem("The form has expired or did not come from this site. Open the page again and retry.", statusCode: StatusCodes.Status400BadRequest);
            }

            var form = await http.Request.ReadFormAsync(ct);
            var result = form["action"] == "commit" ? await run.CommitAsync(id, null, ct) : await run.CheckAsync(id, null, ct);
            return result.Failure switch
            {
                null or ConflictFailure or ValidationFailure => Results.LocalRedirect($"/import/{id}#outcome"),
                NotFoundFailure => Results.NotFound(),
                _ => Results.Forbid(),
            };
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireAuthorization(Policies.EditsVisitsAndEvents).ExcludeFromDescription();
    }

    /// <summary>
    /// Answers a run as one JSON outcome, or, when the client asks for <see cref="ProgressStream"/>, as a line
    /// per few hundred rows ({"done":500,"total":100000}) and a last line with the outcome, so a page can
    /// draw a progress bar while a large file is read without the server keeping any state for it.
    /// </summary>
    private static async Task<IResult> RespondAsync(HttpContext http, Func<Func<ImportProgress, Task>?, Task<Result<ImportOutcome>>> run, bool commit)
    {
        // An import refused for its rows' errors answers 422 with the same outcome a dry run gives.
        IResult Answer(ImportOutcome o) => commit && !o.Applied ? TypedResults.UnprocessableEntity(o) : TypedResults.Ok(o);
        if (!http.Request.Headers.Accept.ToString().Contains(ProgressStream, StringComparison.OrdinalIgnoreCase))
        {
            return (await run(null)).ToHttp(Answer);
        }

        var started = false;
        async Task WriteLineAsync(object value)
        {
            if (!started)
            {
                started = true;
                http.Response.ContentType = ProgressStream;
                http.Response.Headers.CacheControl = "no-store";
            }

            await http.Response.WriteAsync(JsonSerializer.Serialize(value, ImportJobs.Json) + "\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
        }

        var result = await run(p => WriteLineAsync(new { done = p.Done, total = p.Total }));
        if (!started)
        {
            return result.ToHttp(Answer);
        }

        await WriteLineAsync(result.Succeeded ? new { outcome = (object?)result.Value, error = (string?)null } : new { outcome = (object?)null, error = (string?)result.Failure!.Message });
        return Results.Empty;
    }
}

/// <summary>What the import types endpoint says of a kind of record (a named type: the compile-time endpoint generator has none for anonymous ones).</summary>
public sealed record ImportTypeSummary(string Key, string Title, IReadOnlyList<ImportField> Fields);

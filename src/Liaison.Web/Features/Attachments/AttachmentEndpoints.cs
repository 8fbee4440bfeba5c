using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Features.Attachments;

public static class AttachmentEndpoints
{
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddSingleton<IFileStore, LocalFileStore>();
        return services;
    }

    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Attachments").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/{area:regex(^(partners|delegations|agreements|activities|aid|investments)$)}/{id:int}/attachments",
            async (string area, int id, ListAttachmentsHandler handler, bool? archived, CancellationToken ct) =>
                (await handler.HandleAsync(area, id, archived == true, ct)).ToHttp(list => TypedResults.Ok(list)))
            .WithSummary("The files kept with a record.");

        // JSON clients post multipart without an antiforgery token; the Strict same-site cookie keeps other sites out (ADR 0005).
        api.MapPost("/{area:regex(^(partners|delegations|agreements|activities|aid|investments)$)}/{id:int}/attachments",
            async (string area, int id, IFormFile? file, [FromForm] string? description, UploadAttachmentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(area, id, file, description, ct)).ToHttp(a => TypedResults.Created($"/api/attachments/{a.Id}/content", a)))
            .DisableAntiforgery()
            .WithSummary("Attaches a file (multipart field \"file\", optional \"description\"): PDF, PNG, JPEG, Word or Excel, judged by content; 20 MB at most.");

        api.MapGet("/attachments/{id:int}/content", async (int id, DownloadAttachmentHandler handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, ct);
            if (!result.Succeeded)
            {
                return result.Failure!.ToProblem();
            }

            // A download, never rendered by the browser: even a file that slipped through can't run as a page.
            http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
            return TypedResults.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName);
        }).WithSummary("Downloads a file, for whoever may read its record.");

        api.MapArchiving<Attachment>("The file", "/attachments");

        // The record pages' upload form: a plain multipart post with the antiforgery token, then back to the record.
        app.MapPost("/records/{area}/{id:int}/attachments", async (string area, int id, HttpContext http, UploadAttachmentHandler handler, CancellationToken ct) =>
        {
            // The form is read only after the token has been checked, so a forged post is a plain 400.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.Problem("The form has expired or did not come from this site. Open the page again and retry.", statusCode: StatusCodes.Status400BadRequest);
            }

            var form = await http.Request.ReadFormAsync(ct);
            var result = await handler.HandleAsync(area, id, form.Files.GetFile("file"), form["description"].ToString(), ct);
            return result.Failure switch
            {
                null => Results.LocalRedirect($"/{area}/{id}?uploaded=1#attachments"),
                NotFoundFailure => Results.NotFound(),
                ValidationFailure v => Results.LocalRedirect($"/{area}/{id}?uploadError={Uri.EscapeDataString(AttachmentsErrorCode.Of(v))}#attachments"),
                // The form is not shown to those who may not attach; a crafted post is refused like any page they may not open.
                _ => Results.Forbid(),
            };
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }
}

/// <summary>
/// The page is told what went wrong by a code, not by text in the address, so a crafted link can't
/// put words of its own on the page.
/// </summary>
public static class AttachmentsErrorCode
{
    public static IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["empty"] = "Choose a file to attach.",
        ["size"] = "The file is too large. Attach a file of 20 MB or less.",
        ["name"] = "The file's name is not allowed: it may not contain folders, \"..\" or invisible characters.",
        ["type"] = $"This file can't be attached: attach a PDF, an image, or a Word or Excel document ({AttachmentRules.AllowedExtensions}), whose content matches its name.",
        ["description"] = "The description must be 1,000 characters or fewer.",
    };

    public static string Of(ValidationFailure failure)
    {
        var message = string.Join(" ", failure.Errors.SelectMany(e => e.Value));
        return message.Contains("Choose a file", StringComparison.Ordinal) ? "empty"
            : message.Contains("larger than", StringComparison.Ordinal) ? "size"
            : message.Contains("name", StringComparison.Ordinal) && !message.Contains("match", StringComparison.Ordinal) ? "name"
            : failure.Errors.ContainsKey("description") ? "description"
            : "type";
    }
}

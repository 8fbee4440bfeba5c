using System.Security.Cryptography;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;

using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Attachments;

public sealed record AttachmentView(int Id, string FileName, string ContentType, long Size, string? Description, DateTime UploadedAt, string? UploadedBy, bool IsArchived);

/// <summary>
/// Keeps a file with a record, after checking its size, its name and, from its bytes, its kind. The
/// file is written under a random key before the record of it is saved.
/// </summary>
public sealed class UploadAttachmentHandler(AppDbContext db, CurrentUser user, IFileStore store, IConfiguration configuration)
{
    public long MaxBytes => configuration.GetValue("Attachments:MaxBytes", 20L * 1024 * 1024);

    public async Task<Result<AttachmentView>> HandleAsync(string area, int ownerId, IFormFile? file, string? description, CancellationToken ct = default)
    {
        if (RecordOwners.TypeOf(area) is not { } type || !await RecordOwners.IsVisibleAsync(db, type, ownerId, ct))
        {
            return Failures.NotFound("The record");
        }

        if (!RecordOwners.CanChange(user, type))
        {
            return Failures.ReadOnly();
        }

        var errors = new ValidationErrors();
        if (file is null || file.Length == 0)
        {
            errors.Add("file", "Choose a file to attach.");
            return errors.ToFailure();
        }

        if (file.Length > MaxBytes)
        {
            errors.Add("file", $"The file is larger than {MaxBytes / (1024 * 1024)} MB. Attach a smaller file.");
        }

        if (AttachmentRules.CheckName(file.FileName) is { } nameProblem)
        {
            errors.Add("file", nameProblem);
        }

        if (description is { Length: > 1000 })
        {
            errors.Add("description", "The description must be 1,000 characters or fewer.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        // Buffer to a temporary file: read once for the kind and the hash, then hand to the store.
        var temp = Path.GetTempFileName();
        try
        {
            await using var buffer = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await using (var upload = file.OpenReadStream())
            {
                await upload.CopyToAsync(buffer, ct);
            }

            buffer.Position = 0;
            var (contentType, problem) = AttachmentRules.Match(file.FileName, AttachmentRules.Detect(buffer));
            if (problem is not null)
            {
                errors.Add("file", problem);
                return errors.ToFailure();
            }

            buffer.Position = 0;
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(buffer, ct));
            buffer.Position = 0;
            var key = Guid.NewGuid().ToString("N");
            await store.SaveAsync(key, buffer, ct);

            var attachment = new Attachment
            {
                ProvinceId = user.ProvinceId!.Value,
                OwnerType = type,
                OwnerId = ownerId,
                FileName = file.FileName.Trim(),
                ContentType = contentType!,
                Size = file.Length,
                StorageKey = key,
                Sha256 = hash,
                Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            };
            db.Add(attachment);
            await db.SaveChangesAsync(ct);
            return ListAttachmentsHandler.View(attachment);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}

using System.IO.Compression;

namespace Liaison.Web.Features.Attachments;

/// <summary>
/// Which files may be attached, judged by their content: a PDF, an image, a Word or Excel document. The
/// name's extension must agree with the content, so a program renamed to ".pdf" is refused.
/// </summary>
public static class AttachmentRules
{
    public const int MaxNameLength = 200;

    private static readonly Dictionary<string, string[]> ExtensionsByType = new(StringComparer.Ordinal)
    {
        ["application/pdf"] = [".pdf"],
        ["image/png"] = [".png"],
        ["image/jpeg"] = [".jpg", ".jpeg"],
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = [".docx"],
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = [".xlsx"],
        ["application/msword"] = [".doc"],
        ["application/vnd.ms-excel"] = [".xls"],
    };

    public static string AllowedExtensions => string.Join(", ", ExtensionsByType.Values.SelectMany(e => e));

    /// <summary>Null when the name is acceptable; otherwise why not.</summary>
    public static string? CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "The file has no name.";
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
        {
            return "The file name may not contain folder separators or \"..\". Rename the file and try again.";
        }

        if (name.Any(c => char.IsControl(c) || c is '\u202E' or '\u202D' or '\u200B' or '\u200E' or '\u200F'))
        {
            return "The file name contains invisible or direction-changing characters. Rename the file and try again.";
        }

        return name.Length > MaxNameLength ? $"The file name must be {MaxNameLength} characters or fewer." : null;
    }

    /// <summary>The content type read from the file's bytes, or null when it is none of the allowed kinds.</summary>
    public static string? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.Read(head);
        content.Position = 0;
        if (read < 4)
        {
            return null;
        }

        if (head[..4].SequenceEqual("%PDF"u8))
        {
            return "application/pdf";
        }

        if (read >= 8 && head.SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (read >= 8 && head.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return "application/ole"; // an old Word or Excel file: told apart by its name below
        }

        if (head[..4].SequenceEqual("PK\u0003\u0004"u8))
        {
            return DetectOfficeZip(content);
        }

        return null;
    }

    /// <summary>Null when the name's extension fits the detected content; otherwise why not. Also settles old Office files.</summary>
    public static (string? ContentType, string? Problem) Match(string fileName, string? detected)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (detected is null)
        {
            return (null, $"This kind of file can't be attached. Attach a PDF, an image, or a Word or Excel document ({AllowedExtensions}).");
        }

        if (detected == "application/ole")
        {
            detected = extension == ".xls" ? "application/vnd.ms-excel" : "application/msword";
        }

        return ExtensionsByType[detected].Contains(extension)
            ? (detected, null)
            : (null, $"The file's content does not match its name: it is not a {extension} file. Check the file and try again.");
    }

    private static string? DetectOfficeZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("word/document.xml") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : names.Contains("xl/workbook.xml") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}

namespace Liaison.Web.Features.Attachments;

/// <summary>Where attachment bytes live. A seam, so a deployment can put them on shared or object storage.</summary>
public interface IFileStore
{
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    Stream OpenRead(string key);

    /// <summary>Removes a file that is no longer needed (such as an import's upload once imported); a missing one is no error.</summary>
    void Delete(string key);
}

/// <summary>
/// Files on the local disk under Storage:Root (data/files under the content root by default): outside
/// the web root, so nothing there is ever served as a static file, and named by random keys, never by
/// the names people gave them.
/// </summary>
public sealed class LocalFileStore(IConfiguration configuration, IWebHostEnvironment environment) : IFileStore
{
    private string Root => configuration["Storage:Root"] is { Length: > 0 } root
        ? root
        : Path.Combine(environment.ContentRootPath, "data", "files");

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, ct);
    }

    public Stream OpenRead(string key) => new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string key) => File.Delete(PathOf(key));

    private string PathOf(string key)
    {
        // Keys are made by the application (a GUID); anything else is refused rather than resolved.
        if (!Guid.TryParseExact(key, "N", out _))
        {
            throw new ArgumentException("Not a storage key.", nameof(key));
        }

        return Path.Combine(Root, key[..2], key);
    }
}

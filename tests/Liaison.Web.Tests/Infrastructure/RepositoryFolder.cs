namespace Liaison.Web.Tests.Infrastructure;

/// <summary>The repository's root folder (where Liaison.slnx is), for tests that read the source or write artifacts.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Liaison.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository's root (Liaison.slnx) was not found above " + AppContext.BaseDirectory);
    }
}

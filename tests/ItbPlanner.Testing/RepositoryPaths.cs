namespace ItbPlanner.Testing;

/// <summary>Finds files in the repository from a test's working directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding ItbPlanner.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ItbPlanner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ItbPlanner.sln not found above " + AppContext.BaseDirectory);
    }
}

using ItbPlanner.Testing;

namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>The bundled protocols/default.yaml: its path and text, for tests that load it or derive broken copies.</summary>
internal static class DefaultProtocolFile
{
    public const string Label = "protocols/default.yaml";

    public static string FullPath { get; } = RepositoryPaths.Combine("protocols", "default.yaml");

    public static string Text { get; } = File.ReadAllText(FullPath);

    /// <summary>The default text with one exact fragment replaced; fails the test if the fragment is not there exactly once.</summary>
    public static string With(string fragment, string replacement) => With(fragment, replacement, out _);

    /// <summary>As <see cref="With(string, string)"/>, also giving the location of the line where the replacement starts.</summary>
    public static string With(string fragment, string replacement, out string location)
    {
        var first = Text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{fragment}' is not in {Label}");
        Assert.True(Text.IndexOf(fragment, first + 1, StringComparison.Ordinal) < 0, $"'{fragment}' occurs more than once in {Label}");
        location = $"{Label}:{Text[..first].Count(c => c == '\n') + 1}";
        return Text.Remove(first, fragment.Length).Insert(first, replacement);
    }

    /// <summary>The 1-based line of the only line containing <paramref name="fragment"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(fragment, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"'{fragment}' is on {matches.Count} lines, expected exactly one");
        return matches[0] + 1;
    }
}

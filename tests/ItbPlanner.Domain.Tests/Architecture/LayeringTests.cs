using System.Text.RegularExpressions;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Architecture;

/// <summary>
/// The layers, as the project files and the sources declare them: the domain references nothing of ours; the application
/// references the domain only; storage implements the application's ports; the front ends (the App project's Cli and Tui
/// namespaces, and the Output they share) reach neither storage nor each other, and only composition roots resolve
/// services. Source is read, so a fully qualified name (<c>Cli.UserInputException</c>) counts as much as a using.
/// </summary>
public partial class LayeringTests
{
    /// <summary>Files that compose the application: the host, the command line's handler factory, the UI's root.</summary>
    private static readonly string[] CompositionRoots =
    [
        Path.Combine("src", "ItbPlanner.App", "Hosting") + Path.DirectorySeparatorChar,
        Path.Combine("src", "ItbPlanner.App", "Cli", "CommandAction.cs"),
        Path.Combine("src", "ItbPlanner.App", "Tui", "TuiApp.cs"),
    ];

    [Theory]
    [InlineData("ItbPlanner.Domain", new[] { "ItbPlanner.Generators" })] // the quantities' source generator, an analyzer only
    [InlineData("ItbPlanner.Application", new[] { "ItbPlanner.Domain" })]
    [InlineData("ItbPlanner.Files", new string[0])]
    [InlineData("ItbPlanner.Storage", new[] { "ItbPlanner.Application", "ItbPlanner.Domain", "ItbPlanner.Files" })]
    [InlineData("ItbPlanner.Units", new[] { "ItbPlanner.Domain" })]
    [InlineData("ItbPlanner.Protocols.Yaml", new[] { "ItbPlanner.Domain", "ItbPlanner.Files", "ItbPlanner.Units" })]
    [InlineData("ItbPlanner.App", new[] { "ItbPlanner.Application", "ItbPlanner.Domain", "ItbPlanner.Protocols.Yaml", "ItbPlanner.Storage", "ItbPlanner.Units" })]
    public void Each_project_references_only_the_layers_beneath_it(string project, string[] allowed)
    {
        var file = File.ReadAllText(RepositoryPaths.Combine("src", project, project + ".csproj"));

        var references = ProjectReference().Matches(file).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.Equal(allowed.Order(StringComparer.Ordinal), references);
    }

    [Fact]
    public void The_application_has_no_package_and_no_io()
    {
        var project = File.ReadAllText(RepositoryPaths.Combine("src", "ItbPlanner.Application", "ItbPlanner.Application.csproj"));
        Assert.DoesNotContain("<PackageReference", project, StringComparison.Ordinal);

        var forbidden = new[] { "DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System", "File.", "Directory.", "Console.", "Microsoft.Data", "Spectre", "System.CommandLine" };
        foreach (var (path, text) in Sources("src", "ItbPlanner.Application"))
        {
            Assert.All(forbidden, word => Assert.False(text.Contains(word, StringComparison.Ordinal), $"{path} uses {word}"));
        }
    }

    [Theory]
    [InlineData("Tui", @"ItbPlanner\.App\.Cli\b|(?<![\w.])Cli\.[A-Z]")]
    [InlineData("Cli", @"ItbPlanner\.App\.Tui\b|(?<![\w.])Tui\.[A-Z]")]
    [InlineData("Tui", @"ItbPlanner\.Storage\b|(?<![\w.])Storage\.[A-Z]")]
    [InlineData("Cli", @"ItbPlanner\.Storage\b|(?<![\w.])Storage\.[A-Z]")]
    [InlineData("Output", @"ItbPlanner\.Storage\b|ItbPlanner\.App\.(Cli|Tui)\b|(?<![\w.])(Cli|Tui|Storage)\.[A-Z]")]
    public void No_front_end_references_another_or_the_storage(string folder, string forbidden)
    {
        var pattern = new Regex(forbidden, RegexOptions.CultureInvariant);

        var offending = Sources("src", "ItbPlanner.App", folder).Where(s => pattern.IsMatch(Code(s.Text))).Select(s => s.Path).ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Only_composition_roots_resolve_services()
    {
        var offending = Sources("src")
            .Where(s => !CompositionRoots.Any(root => s.Path.Contains(root, StringComparison.Ordinal)))
            .Where(s => ServiceLocator().IsMatch(Code(s.Text)))
            .Select(s => s.Path)
            .ToList();

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("ItbPlanner.Domain")]
    [InlineData("ItbPlanner.Application")]
    public void No_domain_or_application_message_names_a_command_line_option(string project)
    {
        var offending = Sources("src", project)
            .SelectMany(s => StringLiteral().Matches(Code(s.Text)).Where(m => Flag().IsMatch(m.Value)).Select(m => $"{s.Path}: {m.Value}"))
            .ToList();

        Assert.Empty(offending);
    }

    /// <summary>The C# sources under a folder of the repository, bin and obj left out.</summary>
    private static IEnumerable<(string Path, string Text)> Sources(params string[] folder) =>
        Directory.EnumerateFiles(RepositoryPaths.Combine(folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f)));

    /// <summary>The code without its comments (XML docs name commands and options, as documentation may).</summary>
    private static string Code(string text) => Comment().Replace(text, string.Empty);

    [GeneratedRegex("<ProjectReference Include=\"[^\"]*?([\\w.]+)\\.csproj\"")]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"\bGet(Required)?Service\b")]
    private static partial Regex ServiceLocator();

    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"--[a-z]")]
    private static partial Regex Flag();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();
}

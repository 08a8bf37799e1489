using System.Reflection;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Tests.Architecture;

/// <summary>
/// The domain stays free of I/O and the clock, its one package is Stateless (the therapy workflow's state machine, with no
/// dependencies of its own: see docs/decisions.md), and its public values stay immutable.
/// </summary>
public class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(Mass).Assembly;

    [Fact]
    public void Domain_references_only_the_base_class_library_and_stateless()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "Stateless",
            $"ItbPlanner.Domain references {name}"));
        Assert.Contains("Stateless", references);
    }

    [Fact]
    public void Stateless_is_the_domains_only_package()
    {
        var project = File.ReadAllText(Testing.RepositoryPaths.Combine("src", "ItbPlanner.Domain", "ItbPlanner.Domain.csproj"));

        var packages = System.Text.RegularExpressions.Regex.Matches(project, "<PackageReference Include=\"([^\"]+)\"").Select(m => m.Groups[1].Value);

        Assert.Equal(["Stateless"], packages);
    }

    [Fact]
    public void Domain_never_reads_the_system_clock_or_the_file_system()
    {
        var forbidden = new[] { "DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System", "File.", "Directory.", "Console." };
        var sources = Directory.EnumerateFiles(Testing.RepositoryPaths.Combine("src", "ItbPlanner.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (var word in forbidden)
            {
                Assert.False(text.Contains(word, StringComparison.Ordinal), $"{Path.GetFileName(file)} uses {word}");
            }
        }
    }

    [Fact]
    public void Public_domain_types_have_no_public_setters()
    {
        var mutable = Domain.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsEnum)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void Public_domain_types_have_no_public_mutable_fields()
    {
        var fields = Domain.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum)
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.Empty(fields);
    }

    [Fact]
    public void Quantities_are_readonly_structs()
    {
        var quantities = new[] { typeof(Mass), typeof(Volume), typeof(MassConcentration), typeof(MassFlow), typeof(VolumeFlow), typeof(Duration), typeof(Percentage) };
        Assert.All(quantities, t => Assert.True(t.IsValueType && t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), $"{t.Name} is not a readonly struct"));
    }

    [Fact]
    public void Quantities_share_one_generated_implementation_instead_of_copies()
    {
        var quantities = new[] { typeof(Mass), typeof(Volume), typeof(MassConcentration), typeof(MassFlow), typeof(VolumeFlow), typeof(Duration) };
        var folder = Testing.RepositoryPaths.Combine("src", "ItbPlanner.Domain", "Quantities");

        Assert.All(quantities, t =>
        {
            Assert.Contains(t.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuantity<,>));
            var lines = File.ReadAllLines(Path.Combine(folder, t.Name + ".cs")).Length;
            Assert.True(lines <= 30, $"{t.Name}.cs has {lines} lines: shared members belong in the generator's template");
        });
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}

using System.Text.RegularExpressions;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using UN = UnitsNet.Units;

namespace ItbPlanner.Units.Tests;

/// <summary>UnitsNet reads units at the boundary and nowhere else; what it does not do is printing or arithmetic.</summary>
public partial class UnitsNetBoundaryTests
{
    [Fact]
    public void The_process_wide_UnitsNet_abbreviations_are_left_alone()
    {
        _ = QuantityText.Parse<Mass>("50 mcg");

        Assert.False(UnitsNet.UnitParser.Default.TryParse<UN.MassUnit>("mcg", out _));
        Assert.True(UnitsNet.UnitParser.Default.TryParse<UN.MassUnit>("µg", out _));
    }

    [Fact]
    public void Only_the_unit_boundary_uses_UnitsNet()
    {
        var sources = Directory.EnumerateFiles(RepositoryPaths.Combine("src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}ItbPlanner.Units{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var users = sources.Where(f => UsesUnitsNet().IsMatch(File.ReadAllText(f))).Select(Path.GetFileName);

        Assert.Empty(users);
    }

    [Theory]
    [InlineData("0.372 mL/day", "0.372 mL/day")]
    [InlineData("50 µg", "50 mcg")]
    [InlineData("186.123456 µg/d", "186.123456 mcg/day")]
    [InlineData("0.0155 ml/h", "0.0155 mL/h")]
    public void Output_prints_mcg_and_every_digit_never_UnitsNets_two_digit_format(string typed, string printed)
    {
        var (value, unit) = QuantityText.ParseAny(typed, Dimension.MassFlow);
        var text = unit.Dimension switch
        {
            Dimension.Mass => Mass.From(value, unit).ToString(),
            Dimension.MassFlow => MassFlow.From(value, unit).ToString(),
            Dimension.VolumeFlow => VolumeFlow.From(value, unit).ToString(),
            _ => throw new InvalidOperationException(),
        };

        Assert.Equal(printed, text);
    }

    /// <summary>A using directive, a qualified name or a package reference; prose may name UnitsNet.</summary>
    [GeneratedRegex(@"using\s+(\w+\s*=\s*)?UnitsNet\b|\bUnitsNet\.\w|Include=""UnitsNet""")]
    private static partial Regex UsesUnitsNet();
}

using System.Reflection;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.TestProtocols;

namespace ItbPlanner.Domain.Tests.Protocols;

/// <summary>The plausible ranges: how they are reported, and that protocols/README.md lists each one as the code has it.</summary>
public class PlausibleRangesTests
{
    private static readonly Protocol Valid = Default();

    [Fact]
    public void A_value_outside_its_range_is_reported_with_the_range_and_why()
    {
        var protocol = Valid with { Refill = Valid.Refill with { MarginDays = S(100_000_000, "refill.marginDays") } };

        var error = Assert.Single(ProtocolValidator.Validate(protocol));

        Assert.Equal("refill.marginDays", error.Location);
        Assert.Equal($"refill.marginDays must lie between 0 days and 60 days; got 100000000 days ({PlausibleRanges.MarginDays.Why}).", error.Message);
    }

    [Fact]
    public void A_value_already_in_error_is_not_reported_again_as_out_of_range()
    {
        var protocol = Valid with { Reconciliation = new ReconciliationRules(S(Volume.FromMilliliters(-50), "reconciliation.absoluteTolerance")) };

        var error = Assert.Single(ProtocolValidator.Validate(protocol));

        Assert.Equal("reconciliation.absoluteTolerance must be greater than zero; got -50 mL.", error.Message);
    }

    [Fact]
    public void Range_edges_are_plausible_and_just_beyond_them_is_not()
    {
        Setting<MassFlow> Resolution(decimal mcgPerDay) => S(MassFlow.FromMicrogramsPerDay(mcgPerDay), "titration.spinal.doseResolution");
        Protocol With(decimal mcgPerDay) => Valid with { Titration = [.. Valid.Titration.Select(t => t.Origin == TitrationOrigin.Spinal ? t with { DoseResolution = Resolution(mcgPerDay) } : t)] };

        Assert.Empty(ProtocolValidator.Validate(With(0.01m)));
        Assert.Empty(ProtocolValidator.Validate(With(10m)));
        Assert.Single(ProtocolValidator.Validate(With(0.0099m)));
        Assert.Single(ProtocolValidator.Validate(With(10.01m)));
    }

    [Fact]
    public void A_name_longer_than_200_characters_is_refused()
    {
        var error = Assert.Single(ProtocolValidator.Validate(Valid with { Name = new string('x', 201) }));

        Assert.Equal("the protocol's name is 201 characters long; at most 200 characters (a name is printed on every result).", error.Message);
    }

    [Fact]
    public void Protocols_readme_lists_every_range_as_the_code_has_it()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("protocols", "README.md"));
        var ranges = typeof(PlausibleRanges).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => (p.Name, Text: (string)p.PropertyType.GetProperty(nameof(PlausibleRange<int>.Text))!.GetValue(p.GetValue(null))!))
            .ToList();

        Assert.True(ranges.Count > 20);
        Assert.All(ranges, range => Assert.True(readme.Contains($"| {range.Text} |", StringComparison.Ordinal), $"protocols/README.md has no row with the range of {range.Name}: | {range.Text} |"));
    }
}

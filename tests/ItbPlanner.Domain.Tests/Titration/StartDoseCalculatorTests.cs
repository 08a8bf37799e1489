using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Titration;

public sealed class StartDoseCalculatorTests
{
    private static StartDoseResult Calculate(decimal mcg, decimal hours, bool adverse = false) =>
        StartDoseCalculator.Calculate(TestProtocols.Default(), Mass.FromMicrograms(mcg), Duration.FromHours(hours), adverse);

    [Theory]
    [InlineData(50, 6, false, 100, "double-screening-dose")]
    [InlineData(50, 10, false, 50, "screening-dose-long-effect")]
    [InlineData(75, 8, false, 150, "double-screening-dose")]
    [InlineData(50, 8, false, 100, "double-screening-dose")]
    [InlineData(50, 8.01, false, 50, "screening-dose-long-effect")]
    [InlineData(100, 0, false, 200, "double-screening-dose")]
    [InlineData(50, 6, true, 50, "screening-dose-adverse-reaction")]
    [InlineData(75, 12, true, 75, "screening-dose-adverse-reaction")]
    public void Start_dose_follows_the_protocol_rule(decimal mcg, decimal hours, bool adverse, decimal expectedMcgPerDay, string rule)
    {
        var result = Calculate(mcg, hours, adverse);

        Assert.Equal(MassFlow.FromMicrogramsPerDay(expectedMcgPerDay), result.StartDose);
        Assert.Equal(rule, result.Rule);
    }

    [Fact]
    public void An_effect_of_exactly_8_hours_still_doubles()
    {
        Assert.Equal(StartDoseBasis.DoubleScreeningDose, Calculate(50, 8).Basis);
    }

    [Fact]
    public void An_adverse_reaction_takes_precedence_over_a_long_effect()
    {
        Assert.Equal(StartDoseBasis.ScreeningDoseAdverseReaction, Calculate(50, 10, adverse: true).Basis);
    }

    [Fact]
    public void Working_shows_the_formula_and_cites_the_protocol()
    {
        var working = Calculate(50, 6).Working;

        Assert.Contains(working, l => l.Contains("2 × 50 mcg ÷ 24 h = 100 mcg/day (4.17 mcg/h)", StringComparison.Ordinal));
        Assert.Contains(working, l => l.Contains("startDose.longEffectThreshold", StringComparison.Ordinal));
        Assert.Contains(working, l => l.Contains("startDose.multiplier", StringComparison.Ordinal));
        Assert.Contains(working, l => l.Contains("startDose.postImplantHold", StringComparison.Ordinal));
    }

    [Fact]
    public void Impossible_inputs_name_the_option()
    {
        Assert.Equal("screening dose", Assert.Throws<InvalidInputException>(() => Calculate(0, 6)).Input);
        Assert.Equal("effect duration", Assert.Throws<InvalidInputException>(() => Calculate(50, -1)).Input);
    }

    [Fact]
    public void A_bolus_above_the_screening_maximum_is_a_hard_stop()
    {
        var error = Assert.Throws<ProtocolLimitException>(() => Calculate(125, 6));

        Assert.Equal(AlertCodes.ScreeningBolusAboveMaximum, error.Code);
    }
}

using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Protocols;

/// <summary>Issue 9's settings: an origin's usual range, the small-child start, the high-dose step, screening strengths.</summary>
public class ProtocolValidatorIssue9Tests
{
    private static readonly Protocol Valid = TestProtocols.Default();

    private static string[] Messages(Protocol protocol) => [.. ProtocolValidator.Validate(protocol).Select(e => e.Message)];

    [Fact]
    public void A_refill_strength_marked_for_screening_is_an_error()
    {
        var protocol = Valid with { Strengths = [.. Valid.Strengths.Select(s => s.Concentration.Value.MicrogramsPerMilliliter == 500 ? s with { UseForScreening = true } : s)] };

        Assert.Contains(Messages(protocol), m => m.Contains("a refill strength never screens", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_child_start_not_below_the_child_first_bolus_is_an_error()
    {
        var protocol = Valid with { Screening = Valid.Screening with { SmallChildStart = TestProtocols.S(Mass.FromMicrograms(50), "screening.smallChildStart") } };

        Assert.Contains(Messages(protocol), m => m.StartsWith("screening.smallChildStart (50 mcg) must be smaller", StringComparison.Ordinal));
    }

    [Fact]
    public void An_origin_usual_range_above_the_ceiling_or_upside_down_is_an_error()
    {
        var adult = Valid.LimitsFor(Population.Adult);
        var range = new OriginUsualRange(
            TitrationOrigin.Cerebral,
            TestProtocols.S(MassFlow.FromMicrogramsPerDay(900), "doseLimits.adult.cerebral.usualMinimum"),
            TestProtocols.S(MassFlow.FromMicrogramsPerDay(2500), "doseLimits.adult.cerebral.usualMaximum"));
        var protocol = Valid with { DoseLimits = [adult with { OriginRanges = [range] }, Valid.LimitsFor(Population.Child)] };

        Assert.Contains(Messages(protocol), m => m.StartsWith("doseLimits.adult.cerebral.usualMaximum (2500 mcg/day) must not exceed doseLimits.adult.hardCeiling", StringComparison.Ordinal));
    }

    [Fact]
    public void The_high_dose_step_must_be_positive_and_may_be_absent()
    {
        var zero = Valid with { HighDose = new HighDoseRules(TestProtocols.S(new Percentage(0), "highDose.largeStep")) };
        var absent = Valid with { HighDose = null };

        Assert.Contains(Messages(zero), m => m.StartsWith("highDose.largeStep must be greater than zero", StringComparison.Ordinal));
        Assert.Empty(Messages(absent));
    }

    [Fact]
    public void The_origins_usual_range_replaces_the_populations_and_keeps_the_ceiling()
    {
        var cerebral = Valid.LimitsFor(Population.Adult, TitrationOrigin.Cerebral);
        var spinal = Valid.LimitsFor(Population.Adult, TitrationOrigin.Spinal);

        Assert.Equal(MassFlow.FromMicrogramsPerDay(90), cerebral.UsualMinimum.Value);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(703), cerebral.UsualMaximum.Value);
        Assert.Equal(Valid.LimitsFor(Population.Adult).HardCeiling, cerebral.HardCeiling);
        Assert.Equal("adult cerebral", cerebral.UsualRangeName);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(300), spinal.UsualMinimum.Value);
        Assert.Equal("adult", spinal.UsualRangeName);
    }
}

using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.App.Output.Charts;

namespace ItbPlanner.App.Tests.Cli;

public class DoseChartSvgTests
{
    [Theory]
    [InlineData(110, new[] { 0, 50, 100, 150 })]
    [InlineData(176, new[] { 0, 50, 100, 150, 200 })]
    [InlineData(2200, new[] { 0, 500, 1000, 1500, 2000, 2500 })]
    public void Dose_axis_ticks_are_round_steps_from_zero_past_the_highest_dose(double max, int[] expected)
    {
        Assert.Equal(expected.Select(e => (decimal)e), DoseChartSvg.NiceTicks((decimal)max));
    }

    [Fact]
    public void Dose_axis_ticks_always_cover_the_dose_in_a_handful_of_equal_steps()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Choose(1, 5_000_000).ToArbitrary(), hundredths =>
        {
            var max = hundredths / 100m;
            var ticks = DoseChartSvg.NiceTicks(max);
            var step = ticks[1] - ticks[0];
            return ticks[0] == 0 && ticks[^1] >= max && ticks.Length is >= 3 and <= 12
                && ticks.Zip(ticks.Skip(1)).All(p => p.Second - p.First == step);
        }));
    }
}

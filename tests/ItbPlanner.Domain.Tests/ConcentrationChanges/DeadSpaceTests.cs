using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Tests.ConcentrationChanges;

public class DeadSpaceTests
{
    [Fact]
    public void A_reservoir_volume_given_as_the_dead_space_is_refused_in_words()
    {
        // The bedside slip the UI once accepted: "deliver 40 mL at the old rate (2580.65 h)".
        var refused = Assert.Throws<InvalidInputException>(() => DeadSpace.Given(Volume.FromMilliliters(40)));

        Assert.Contains("40 mL", refused.Message, StringComparison.Ordinal);
        Assert.Contains("not the reservoir's", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_plausible_dead_space_is_tubing_plus_the_longest_catheter()
    {
        Assert.Equal(Volume.FromMilliliters(6), DeadSpace.PlausibleMaximum);
        Assert.Equal(Volume.FromMilliliters(6), DeadSpace.Given(Volume.FromMilliliters(6)).Volume);
        Assert.Equal(Volume.FromMilliliters(0.25m), DeadSpace.Given(Volume.FromMilliliters(0.25m)).Volume);
    }
}

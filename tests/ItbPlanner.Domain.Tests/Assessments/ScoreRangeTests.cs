using ItbPlanner.Domain.Assessments;

namespace ItbPlanner.Domain.Tests.Assessments;

public sealed class ScoreRangeTests
{
    [Fact]
    public void Penn_spasm_frequency_is_0_to_4()
    {
        Assert.Equal([0, 1, 2, 3, 4], Enumerable.Range(0, 5).Select(n => new PennSpasmFrequency(n).Score));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PennSpasmFrequency(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PennSpasmFrequency(5));
        Assert.Equal(new PennSpasmFrequency(3), PennSpasmFrequency.Parse("3"));
        Assert.Throws<FormatException>(() => PennSpasmFrequency.Parse("5"));
        Assert.Throws<FormatException>(() => PennSpasmFrequency.Parse("2.5"));
        Assert.Equal("spasms only on stimulation", new PennSpasmFrequency(1).Meaning);
    }

    [Fact]
    public void Sps_distribution_of_stiffness_is_0_to_6_one_point_per_region()
    {
        Assert.Equal(6, SpsDistributionOfStiffness.Regions.Count);
        Assert.Equal(SpsDistributionOfStiffness.Maximum, SpsDistributionOfStiffness.Regions.Count);
        Assert.Equal(6, new SpsDistributionOfStiffness(6).Score);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpsDistributionOfStiffness(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpsDistributionOfStiffness(-1));
        Assert.Throws<FormatException>(() => SpsDistributionOfStiffness.Parse("7"));
    }

    [Fact]
    public void Sps_heightened_sensitivity_is_0_to_7_one_point_per_trigger()
    {
        Assert.Equal(7, SpsHeightenedSensitivity.Triggers.Count);
        Assert.Equal(SpsHeightenedSensitivity.Maximum, SpsHeightenedSensitivity.Triggers.Count);
        Assert.Equal(7, SpsHeightenedSensitivity.Parse("7").Score);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpsHeightenedSensitivity(8));
        Assert.Throws<FormatException>(() => SpsHeightenedSensitivity.Parse("8"));
        Assert.False(SpsHeightenedSensitivity.TryParse("x", null, out _));
    }

    [Fact]
    public void An_assessment_needs_at_least_one_score()
    {
        Assert.Throws<ArgumentException>(() => new AssessmentScores());
        Assert.Equal("MAS 1+, Penn 3", new AssessmentScores(ModifiedAshworth.OnePlus, new PennSpasmFrequency(3)).ToString());
    }
}

using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Tests.Assessments;

public sealed class ScreeningObservationTests
{
    private static readonly DateTimeOffset Given = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private static readonly AssessmentScores Baseline = new(ModifiedAshworth.Three, new PennSpasmFrequency(3));

    [Fact]
    public void Records_baseline_and_scores_timed_from_the_bolus()
    {
        var observation = new ScreeningObservation(Mass.FromMicrograms(50), Given, Baseline)
            .WithScoresAt(Given.AddHours(2), new AssessmentScores(ModifiedAshworth.OnePlus))
            .WithScoresAt(Given.AddHours(4.5), new AssessmentScores(ModifiedAshworth.One));

        Assert.Equal(Baseline, observation.Baseline);
        Assert.Equal([Duration.FromHours(2), Duration.FromHours(4.5m)], observation.AfterBolus.Select(t => t.AfterBolus));
        Assert.Equal(ModifiedAshworth.One, observation.AfterBolus[1].Scores.ModifiedAshworth);
    }

    [Fact]
    public void Adding_scores_leaves_the_original_unchanged()
    {
        var original = new ScreeningObservation(Mass.FromMicrograms(50), Given, Baseline);

        _ = original.WithScoresAt(Given.AddHours(1), Baseline);

        Assert.Empty(original.AfterBolus);
    }

    [Fact]
    public void Scores_before_the_bolus_or_out_of_order_are_rejected()
    {
        var observation = new ScreeningObservation(Mass.FromMicrograms(50), Given, Baseline).WithScoresAt(Given.AddHours(3), Baseline);

        Assert.Throws<ArgumentOutOfRangeException>(() => observation.WithScoresAt(Given.AddMinutes(-1), Baseline));
        Assert.Throws<ArgumentOutOfRangeException>(() => observation.WithScoresAt(Given.AddHours(2), Baseline));
    }

    [Fact]
    public void A_bolus_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScreeningObservation(Mass.Zero, Given, Baseline));
    }
}

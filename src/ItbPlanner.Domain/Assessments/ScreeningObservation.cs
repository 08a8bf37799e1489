using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Assessments;

/// <summary>
/// What was seen around one screening bolus: the scores at baseline (before the bolus) and at time points after it. The
/// protocol says what counts as a positive response; the clinician confirms the outcome. Immutable: adding scores returns
/// a new observation.
/// </summary>
public sealed record ScreeningObservation
{
    /// <summary>Starts an observation for a bolus.</summary>
    /// <param name="dose">The bolus given.</param>
    /// <param name="givenAt">When it was given.</param>
    /// <param name="baseline">The scores before it; null only when a log read back no longer holds them (a correction
    /// retracted the baseline after the bolus was given).</param>
    /// <exception cref="ArgumentOutOfRangeException">The dose is not positive.</exception>
    public ScreeningObservation(Mass dose, DateTimeOffset givenAt, AssessmentScores? baseline)
        : this(dose, givenAt, baseline, [])
    {
    }

    /// <summary>An observation as a snapshot of a course kept it: the bolus and every time point already read.</summary>
    internal static ScreeningObservation Resumed(Mass dose, DateTimeOffset givenAt, AssessmentScores? baseline, IReadOnlyList<TimedScores> afterBolus) =>
        new(dose, givenAt, baseline, afterBolus);

    private ScreeningObservation(Mass dose, DateTimeOffset givenAt, AssessmentScores? baseline, IReadOnlyList<TimedScores> afterBolus)
    {
        Preconditions.CheckPositive(dose.Micrograms, nameof(dose), "A screening bolus");
        Dose = dose;
        GivenAt = givenAt;
        Baseline = baseline;
        AfterBolus = afterBolus;
    }

    /// <summary>The bolus given.</summary>
    public Mass Dose { get; }

    /// <summary>When it was given.</summary>
    public DateTimeOffset GivenAt { get; }

    /// <summary>The scores before the bolus; null when the log no longer holds them (retracted by a correction).</summary>
    public AssessmentScores? Baseline { get; }

    /// <summary>The scores after the bolus, in time order.</summary>
    public IReadOnlyList<TimedScores> AfterBolus { get; }

    /// <summary>This observation with scores taken at <paramref name="at"/> added.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the bolus or before the last time point.</exception>
    public ScreeningObservation WithScoresAt(DateTimeOffset at, AssessmentScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var after = DurationTime.Between(GivenAt, at);
        if (after < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Scores at {at:u} cannot be before the bolus given at {GivenAt:u}.");
        }

        if (AfterBolus.Count > 0 && after < AfterBolus[^1].AfterBolus)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Scores at {after} after the bolus come before the last time point ({AfterBolus[^1].AfterBolus}): record them in time order.");
        }

        return new ScreeningObservation(Dose, GivenAt, Baseline, [.. AfterBolus, new TimedScores(after, scores)]);
    }

    /// <summary>Value equality over the time points as well as the other fields.</summary>
    public bool Equals(ScreeningObservation? other) =>
        other is not null && Dose == other.Dose && GivenAt == other.GivenAt && Baseline == other.Baseline && AfterBolus.SequenceEqual(other.AfterBolus);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dose, GivenAt, Baseline, AfterBolus.Count);
}

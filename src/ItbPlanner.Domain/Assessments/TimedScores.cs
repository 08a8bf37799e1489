using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Assessments;

/// <summary>Scores taken a given time after a screening bolus. Immutable.</summary>
/// <param name="AfterBolus">Time since the bolus (not negative).</param>
/// <param name="Scores">The scores.</param>
public sealed record TimedScores(Duration AfterBolus, AssessmentScores Scores);

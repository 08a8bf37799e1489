using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Screening;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Models;

/// <summary>What the screening screen shows.</summary>
/// <param name="Plan">The protocol's escalation with volumes at the screening strength.</param>
/// <param name="Phase">Where the course stands.</param>
/// <param name="Observations">The boluses given with their scores.</param>
/// <param name="Baseline">Scores recorded for the bolus that is due, if any.</param>
/// <param name="NextBolus">The bolus due next, if any.</param>
/// <param name="NextBolusFrom">The earliest moment it may be given (the interval after the previous bolus).</param>
/// <param name="StartDose">The starting dose once the screening is positive.</param>
internal sealed record ScreeningModel(
    ScreeningPlan Plan,
    TherapyPhase Phase,
    IReadOnlyList<ScreeningObservation> Observations,
    AssessmentScores? Baseline,
    PlannedBolus? NextBolus,
    DateTimeOffset? NextBolusFrom,
    StartDoseResult? StartDose);

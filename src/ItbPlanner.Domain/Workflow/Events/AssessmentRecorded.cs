using ItbPlanner.Domain.Assessments;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>Scores were taken: at baseline before a bolus, or after it.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Scores">The scores.</param>
public sealed record AssessmentRecorded(DateTimeOffset At, AssessmentScores Scores) : CourseEvent(At);

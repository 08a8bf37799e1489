using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The clinician recorded the verdict on the last bolus.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Response">Positive or inadequate.</param>
/// <param name="Effect">How long the effect lasted (zero when there was none).</param>
/// <param name="AdverseReaction">True when the bolus caused an adverse reaction.</param>
public sealed record ScreeningOutcomeRecorded(DateTimeOffset At, ScreeningResponse Response, Duration Effect, bool AdverseReaction) : CourseEvent(At);

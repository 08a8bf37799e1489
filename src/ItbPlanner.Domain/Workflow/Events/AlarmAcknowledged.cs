namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The clinic acted on an open alarm, which is then closed.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Alarm">The reference of the alarm acknowledged (see <see cref="AlarmRaised.Alarm"/>).</param>
public sealed record AlarmAcknowledged(DateTimeOffset At, long Alarm) : CourseEvent(At);

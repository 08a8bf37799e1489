namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>
/// A pump alarm sounded or a critical safety alert was raised. Not a clinician's action and not a step of the workflow:
/// it can happen in any phase and changes none; the course keeps it open until it is acknowledged.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Alarm">The alarm's reference (in the therapy log, the sequence number of its <c>alarm-raised</c> event).</param>
public sealed record AlarmRaised(DateTimeOffset At, long Alarm) : CourseEvent(At);

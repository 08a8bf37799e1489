using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Log.Courses;

/// <summary>
/// The therapy workflow's guards on the log: an event is recorded only if the patient's course, rebuilt from the log,
/// accepts it. A dose program that breaks a titration or maintenance limit, or the 24 h rule, is refused unless it
/// carries an override reason (then it is recorded with the reason, like a smart pump's soft limit); the hard ceiling
/// is never overridden. Corrections are not held to the workflow: they are reviewed by people and carry a reason.
/// </summary>
public sealed class WorkflowEventGuard(Protocol protocol) : IEventGuard
{
    /// <inheritdoc/>
    public void Check(NewEvent candidate, IReadOnlyList<LogEvent> history)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(history);
        if (candidate.CorrectsSeq is not null || candidate.Payload is PatientRegisteredPayload)
        {
            return;
        }

        var log = CourseFromLog.Rebuild(protocol, history);
        var course = log.Course;
        if (candidate.Payload is RefillPayload refill)
        {
            if (!RefillProgramRule.CanRefill(course, out var notImplanted))
            {
                throw Refused(AlertCodes.WorkflowGuardUnmet, "refill", notImplanted);
            }

            if (RefillProgramRule.Mismatch(TherapyTimeline.Read(history).Program, refill.Concentration) is { } mismatch)
            {
                throw new ProtocolLimitException(mismatch, [mismatch]);
            }
        }

        var kind = LogCodes.Code(candidate.Kind);
        foreach (var e in log.Translate(candidate.Payload, candidate.OccurredAt))
        {
            if (course.CanAccept(e, out var reasons))
            {
                course.Accept(e);
                continue;
            }

            if (e is DoseChanged change)
            {
                CheckDoseChange(course, change, reasons, kind);
                return;
            }

            throw Refused(AlertCodes.WorkflowGuardUnmet, kind, reasons);
        }
    }

    private void CheckDoseChange(TherapyCourse course, DoseChanged change, IReadOnlyList<string> reasons, string kind)
    {
        var ceiling = protocol.LimitsFor(course.Population).HardCeiling;
        if (change.NewDose > ceiling.Value)
        {
            throw Refused(AlertCodes.DoseAboveHardLimit, kind, [$"not above the hard ceiling of {ceiling.Value} (never overridden)"]);
        }

        if (!course.CanPerform(TherapyAction.ChangeDose, out var notNow))
        {
            throw Refused(AlertCodes.WorkflowGuardUnmet, kind, notNow);
        }

        if (!string.IsNullOrWhiteSpace(change.OverrideReason))
        {
            return; // A soft limit, overridden with a reason that is logged with the program.
        }

        throw Refused(CodeFor(course, change), kind, [.. reasons, "or give --override-reason to record a clinician's override"]);
    }

    private string CodeFor(TherapyCourse course, DoseChanged change)
    {
        if (course.CurrentDose is not { } current)
        {
            return AlertCodes.WorkflowGuardUnmet;
        }

        if (course.Phase == TherapyPhase.Maintenance)
        {
            var check = MaintenanceChangeCheck.Check(protocol, new MaintenanceChangeRequest(current, change.NewDose, course.Origin, course.Population, null));
            return check.Blocking?.Code ?? AlertCodes.IncreaseTooSoon;
        }

        if (change.NewDose < current)
        {
            return AlertCodes.AbruptDecrease;
        }

        var step = (change.NewDose - current) / current;
        return step > protocol.TitrationFor(course.Origin).MaximumIncrease.Value.Fraction ? AlertCodes.StepAboveProtocolLimit : AlertCodes.IncreaseTooSoon;
    }

    private static ProtocolLimitException Refused(string code, string kind, IReadOnlyList<string> reasons)
    {
        var alert = Alert.Critical(code, $"{kind} refused by the therapy workflow: unmet: {string.Join("; ", reasons)}.");
        return new ProtocolLimitException(alert, [alert]);
    }
}

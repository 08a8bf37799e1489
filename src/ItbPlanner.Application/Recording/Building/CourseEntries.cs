using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>Entries about the course of therapy: alarms, notes, corrections, suspensions, emergencies, details.</summary>
internal static class CourseEntries
{
    /// <summary>The field an alarm event is named in.</summary>
    public const string AlarmField = "alarm";

    /// <summary>An alarm (or a safety alert with its code).</summary>
    public static EntryBuild Alarm(AlarmEntry entry) => new AlarmRaisedPayload(entry.Alarm, entry.Details, entry.AlertCode);

    /// <summary>What was done about an alarm: the newest unacknowledged one unless one is named.</summary>
    public static EntryBuild Acknowledgement(EntryContext context, AlarmAcknowledgementEntry entry)
    {
        var alarms = context.Record.Alarms;
        var chosen = entry.AlarmSeq is { } given
            ? alarms.SingleOrDefault(a => a.Seq == given) ?? throw new InvalidInputException(AlarmField, $"event {given} of patient {context.PatientId} is not a standing alarm-raised event.")
            : alarms.LastOrDefault(a => !a.Acknowledged) ?? throw new InvalidInputException(AlarmField, $"Patient {context.PatientId} has no unacknowledged alarm; name the alarm event.");
        return new AlarmAcknowledgedPayload(chosen.Seq, entry.Action);
    }

    /// <summary>A restart after a suspension or an emergency; a lower dose than before is logged with it as a new program, its reason the override.</summary>
    public static EntryBuild Resumption(EntryContext context, ResumptionEntry entry)
    {
        var payload = new TherapyResumedPayload(entry.Notes);
        if (entry.LowerDose is not { } dose || context.Record.Program is not { } program)
        {
            return payload;
        }

        var lower = LogEntries.DoseProgram(program, dose, program.Concentration, overrideReason: entry.LowerReason, phase: DosePhase.Titration);
        return new EntryBuild(payload, [context.Event(lower, entry.LowerReason)]);
    }

    /// <summary>Changed details; nothing changed is invalid input.</summary>
    public static EntryBuild Update(EntryContext context, PatientUpdateEntry entry)
    {
        var current = context.Record.Patient;
        var updated = entry.Details.ApplyTo(current with { Population = entry.Population ?? current.Population, Origin = entry.Origin ?? current.Origin }, context.Protocol);
        return updated == current
            ? throw new InvalidInputException("details", $"nothing changed for patient {context.PatientId}; give the details that changed, e.g. the pump or a withdrawal risk factor.")
            : new PatientUpdatedPayload(updated);
    }
}

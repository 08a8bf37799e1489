using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>Record subcommands about the course of therapy: alarms, notes, corrections, suspensions, emergencies, details.</summary>
internal static class CourseRecords
{
    /// <summary>The kinds.</summary>
    public static IEnumerable<RecordKind> All() =>
    [
        new(EventKind.AlarmRaised, "Record a pump alarm that sounded or was reported.", AlarmRaised),
        new(EventKind.AlarmAcknowledged, "Record what the clinic did about an alarm (default: the newest unacknowledged one).", AlarmAcknowledged),
        new(EventKind.Note, "Record a free-text note.", Note),
        new(EventKind.Correction, "Mark an earlier event as entered in error (--corrects SEQ --reason TEXT); to replace it instead, record the right event with --corrects SEQ.", Correction),
        new(EventKind.TherapySuspended, "Record that infusion was suspended (e.g. pump stopped for surgery or MRI).", PumpRecords.Notes(notes => new SuspensionEntry(notes))),
        new(EventKind.TherapyResumed, "Record that infusion resumed after a suspension.", PumpRecords.Notes(notes => new ResumptionEntry(notes))),
        new(EventKind.WithdrawalEmergency, "Record signs of baclofen withdrawal and what was done.", Withdrawal),
        new(EventKind.PatientUpdated, "Record changed patient details; details not given are kept.", PatientUpdated),
        new(EventKind.CandidacyDeclined, "Record that the patient is not a candidate for an implant (--reason TEXT says why); refused once a pump is implanted.", CandidacyDeclined),
    ];

    private static Func<CliContext, EntryDetails> AlarmRaised(Command command)
    {
        var alarm = CodeOption.Create<AlarmType>("--alarm", "Which alarm.");
        alarm.Required = true;
        var details = RecordOptions.Text("--details", "What was heard or read, and by whom.");
        command.Options.Add(alarm);
        command.Options.Add(details);
        return context => new AlarmEntry(context.Get(alarm)!.Value, context.Get(details));
    }

    private static Func<CliContext, EntryDetails> AlarmAcknowledged(Command command)
    {
        var seq = RecordOptions.Sequence("--alarm-seq", "The alarm-raised event acknowledged (default: the newest unacknowledged alarm).");
        var action = RecordOptions.Text("--action", "What was done (refill booked, pump interrogated).");
        command.Options.Add(seq);
        command.Options.Add(action);
        FieldFlags.Name(command, ("alarm", "--alarm-seq"));
        return context => new AlarmAcknowledgementEntry(context.Get(seq), context.Get(action));
    }

    private static Func<CliContext, EntryDetails> Note(Command command)
    {
        var text = RecordOptions.Text("--text", "The note.", required: true);
        command.Options.Add(text);
        return context => new NoteEntry(context.Get(text)!);
    }

    private static Func<CliContext, EntryDetails> Correction(Command command)
    {
        var note = RecordOptions.Text("--note", "What was wrong, when the reason alone does not say.");
        command.Options.Add(note);
        return context => new CorrectionEntry(context.Get(note));
    }

    private static Func<CliContext, EntryDetails> Withdrawal(Command command)
    {
        var symptoms = RecordOptions.Text("--symptoms", "What was seen (returning spasticity, itch, fever, altered mental state).", required: true);
        var action = RecordOptions.Text("--action", "What was done.");
        command.Options.Add(symptoms);
        command.Options.Add(action);
        return context => new WithdrawalEmergencyEntry(context.Get(symptoms)!, context.Get(action));
    }

    private static Func<CliContext, EntryDetails> CandidacyDeclined(Command command)
    {
        var reason = command.Options.OfType<Option<string?>>().Single(o => o.Name == "--reason");
        return context => new CandidacyDeclinedEntry(context.Get(reason) ?? string.Empty);
    }

    private static Func<CliContext, EntryDetails> PatientUpdated(Command command)
    {
        var population = CodeOption.Create<Population>("--population", "Whose dose limits apply.");
        var origin = CodeOption.Create<SpasticityOrigin>("--origin", "Where the spasticity comes from.");
        var details = new PatientDetailOptions();
        command.Options.Add(population);
        command.Options.Add(origin);
        details.AddTo(command);
        return context => new PatientUpdateEntry(details.Read(context), context.Get(population), context.Get(origin));
    }
}

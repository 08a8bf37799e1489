using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Commands.Record;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Recording;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log record KIND --patient ID [--at YYYY-MM-DDTHH:MM] [--author NAME] [--reason TEXT] [--corrects SEQ] [--json]</c>
/// plus the kind's own options: one subcommand per event kind. Events go through the workflow's guard
/// (<see cref="IEventGuard"/>, registered in the host); a refused event exits 3 naming the unmet guard.
/// </summary>
internal static class LogRecordCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("record", "Record an event in a patient's log: one subcommand per kind (`itb log record KIND --help`).");
        foreach (var kind in ScreeningRecords.All().Concat(PumpRecords.All()).Concat(CourseRecords.All()).Concat(MedicationRecords.All()).Concat(ImmunotherapyRecords.All()).OrderBy(k => k.Kind))
        {
            command.Subcommands.Add(Kind(kind, environment, globals));
        }

        return command;
    }

    /// <summary>One kind's subcommand, named by its code unless another name is given (<c>itb patient update</c> records <c>patient-updated</c>).</summary>
    internal static Command Kind(RecordKind kind, CliEnvironment environment, GlobalOptions globals, string? name = null, string? description = null)
    {
        var patient = LogOptions.Patient();
        var at = LogOptions.At();
        var author = LogOptions.Author();
        var reason = LogOptions.Reason();
        var corrects = RecordOptions.Sequence("--corrects", "The earlier event this one corrects (replaces, or for a correction, retracts).");
        var json = CommonOptions.Json();
        reason.Required = kind.Kind is EventKind.Correction or EventKind.DoseProgram or EventKind.CandidacyDeclined;
        corrects.Required = kind.Kind == EventKind.Correction;
        var command = new Command(name ?? LogCodes.Code(kind.Kind), description ?? kind.Description) { patient, at, author, reason, corrects, json };
        var read = kind.Define(command);

        CommandAction.Set<RecordEntry>(command, environment, globals, (context, useCase) =>
        {
            var id = context.Get(patient)!.Value;
            var moment = LogOptions.Moment(context, context.Get(at));
            var who = LogOptions.AuthorOf(context, context.Get(author));
            context.WhenRefused(_ => Refused(id, kind.Kind, moment, who, context.Get(reason), context.Get(corrects), null));
            var header = new EntryHeader(id, moment, who, context.Get(reason), context.Get(corrects));
            var preview = useCase.Preview(new EntryRequest(header, read(context)));
            context.WhenRefused(_ => Refused(id, kind.Kind, moment, who, context.Get(reason), context.Get(corrects), preview.Main.Payload));
            var recorded = useCase.Record(preview);
            foreach (var notice in recorded.Notices)
            {
                context.Error.WriteLine($"note: {Describe(notice)}{FieldFlags.Hint(command, notice.Fields)}");
            }

            var (stored, late) = (recorded.Stored, recorded.Late);
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, stored.Count == 1 ? Single(stored[0], late.Contains(stored[0].Seq), context.Clock.LocalTimeZone) : LogEventJson.Events(stored, new HashSet<long>(), late));
            }
            else
            {
                foreach (var e in stored)
                {
                    var lateNote = late.Contains(e.Seq) ? " as a late entry (an event after it is already logged)" : string.Empty;
                    context.Out.WriteLine($"Recorded {LogCodes.Code(e.Kind)} as event {e.Seq} of patient {e.PatientId}{lateNote}: {EventSummary.Describe(e)} (hash {e.Hash[..12]}).");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One stored event; an immunotherapy course adds what it works out (<c>course</c>: grams with their working, session dates).</summary>
    private static JsonObject Single(LogEvent e, bool late, TimeZoneInfo zone)
    {
        var json = LogEventJson.Event(e, late: late);
        if (ImmunotherapyJson.Course(e, zone) is { } course)
        {
            json["course"] = course;
        }

        return json;
    }

    /// <summary>A notice as the log's notes have always read: an alert with its severity and code, or the note itself.</summary>
    private static string Describe(Notice notice) =>
        notice.Alert is { } alert ? $"{alert.Severity.ToString().ToUpperInvariant()} {alert.Code}: {alert.Message}" : notice.Text;

    /// <summary>What a refused record knows: the event as it would have been stored, without its sequence number and hashes.</summary>
    private static JsonObject Refused(PatientId patient, EventKind kind, DateTimeOffset at, string author, string? reason, long? corrects, EventPayload? payload) => new()
    {
        ["patientId"] = patient.Value,
        ["kind"] = LogCodes.Code(kind),
        ["occurredAt"] = LogTimestamp.Format(at),
        ["author"] = author,
        ["reason"] = reason,
        ["correctsSeq"] = corrects,
        ["payload"] = payload is null ? null : JsonNode.Parse(LogJson.Serialize(payload)),
    };
}

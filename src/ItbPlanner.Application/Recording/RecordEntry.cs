using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Recording.Building;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Recording;

/// <summary>
/// Records an entry in a patient's log, from the command line (one entry per command) or a visit in the terminal UI: the
/// clinician's fields are turned into the log's events (a new program before a refill at a new strength, the patient's new
/// pump after an implant, open alarms for critical findings), every one at the entry's moment. In steps, for a form:
/// <see cref="Preview"/> says what would be logged and what the clinician should know, <see cref="Check"/> whether the log
/// would take it and why not, <see cref="Record(EntryPreview)"/> appends it in one transaction through the workflow's guard.
/// </summary>
/// <param name="log">The therapy log.</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: its zone turns the entry's moment into a local date.</param>
/// <param name="guard">The guard the log appends through (the therapy workflow's, unless the host wires none).</param>
/// <param name="records">
/// The patients' records through their course snapshots (issue 13): an entry of a kind whose building needs only where
/// the patient stands (not their history), dated at or after everything logged, is built from it, and the patient's log
/// is read only if something asks for it. Without it (or for other entries) the log is read whole, as before.
/// </param>
public sealed class RecordEntry(ITherapyLog log, Protocol protocol, TimeProvider clock, IEventGuard guard, ITherapyRecords? records = null)
{
    /// <summary>
    /// What the entry would log, without logging it. On a log guarded by the workflow, a refill first asks
    /// <see cref="VisitAvailability"/> whether the visit may happen then: the question the terminal UI asks before it offers one.
    /// </summary>
    /// <exception cref="InvalidInputException">The patient is not registered, or a field is invalid (the exception names it).</exception>
    /// <exception cref="ProtocolLimitException">A protocol hard limit refuses the entry (a strength not stocked, a refill at a new strength without its program).</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened.</exception>
    public EntryPreview Preview(EntryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Header;
        if (request.Details is DoseProgramEntry or CandidacyDeclinedEntry && string.IsNullOrWhiteSpace(header.Reason))
        {
            // A new program changes what the pump delivers, and declining candidacy ends the pathway: both say why.
            throw new InvalidInputException("reason", $"A {LogCodes.Code(request.Details.Kind)} must say why: give the reason, which is recorded and hashed with it.");
        }

        // Through the snapshot, the registration is known without counting the patient's events (which grows with the log).
        var current = records is not null && Guarded && FromWhereThePatientStands(request.Details) && log.IsRegistered(header.Patient)
            ? records.Of(header.Patient)
            : null;
        if (current is null)
        {
            _ = log.Registration(header.Patient);
        }

        if (current is not null && header.At < current.Newest)
        {
            current = null; // a late entry: built and judged against the log as it stood then
        }

        var history = new LazyHistory(() => log.Events(header.Patient), current?.Newest);
        var context = new EntryContext(protocol, clock.LocalTimeZone, header, current is null ? history.Loaded() : history, current);
        if (request.Details is RefillEntry && Guarded && RegisteredBy(context, header.At) && !VisitAvailability.Can(context.Record, Visit.Refill, out var unmet, header.At))
        {
            throw Refused(request.Details.Kind, unmet);
        }

        var build = Build(context, request.Details);
        var main = new NewEvent(header.Patient, header.At, header.Author, build.Payload, header.Reason, header.Corrects);
        var preceding = build.Preceding ?? [];
        return new EntryPreview(
            request,
            [.. preceding, main, .. build.Companions ?? []],
            preceding.Count,
            context.Notices,
            context.History,
            context.FillPlan,
            context.Reconciliation,
            context.Bridge);
    }

    /// <summary>Whether the log would take the previewed events now: each is judged by the workflow's guard as the store will judge it.</summary>
    public EntryCheck Check(EntryPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var history = preview.History.ToList();
        var now = clock.GetUtcNow();
        try
        {
            foreach (var e in preview.Events)
            {
                guard.Check(e, history);
                var head = history.LastOrDefault(h => h.PatientId == e.PatientId);
                history.Add(e.Seal((head?.Seq ?? 0) + 1, now, head?.Hash ?? EventHash.Genesis));
            }
        }
        catch (ProtocolLimitException refused)
        {
            return new EntryCheck(refused.Blocking);
        }
        catch (InvalidInputException invalid)
        {
            return new EntryCheck(Alert.Critical(AlertCodes.WorkflowGuardUnmet, invalid.Message));
        }

        return new EntryCheck(null);
    }

    /// <summary>Appends the previewed events in one transaction, all or none, each through the workflow's guard.</summary>
    /// <exception cref="ProtocolLimitException">The guard refused an event; nothing was logged.</exception>
    /// <exception cref="InvalidInputException">An event is impossible (a future moment, a correction of another kind).</exception>
    /// <exception cref="LogUnavailableException">The log cannot be written.</exception>
    public EntryRecorded Record(EntryPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var stored = log.Append(preview.Events);
        var late = preview.History is LazyHistory { IsLoaded: false, Newest: { } newest }
            ? LateEntries.OfMoments([(0, newest), .. stored.Select(e => (e.Seq, e.OccurredAt))])
            : LateEntries.Of([.. preview.History, .. stored]);
        return new EntryRecorded(stored, late, preview.Notices);
    }

    /// <summary>Previews and records in one step.</summary>
    public EntryRecorded Record(EntryRequest request) => Record(Preview(request));

    private static EntryBuild Build(EntryContext context, EntryDetails details) => details switch
    {
        ScreeningBookingEntry x => ScreeningEntries.Booking(x),
        ScreeningBolusEntry x => ScreeningEntries.Bolus(context, x),
        AssessmentEntry x => ScreeningEntries.Assessment(x),
        ScreeningOutcomeEntry x => ScreeningEntries.Outcome(context, x),
        ImplantBookingEntry x => ScreeningEntries.Booking(x),
        ImplantEntry x => PumpEntries.Implant(context, x),
        DoseProgramEntry x => PumpEntries.DoseProgram(context, x),
        RefillEntry x => RefillEntries.Refill(context, x),
        ProgramTransferEntry x => PumpEntries.Transfer(context, x),
        ExplantEntry x => new ExplantPayload(x.Notes),
        AlarmEntry x => CourseEntries.Alarm(x),
        AlarmAcknowledgementEntry x => CourseEntries.Acknowledgement(context, x),
        NoteEntry x => new NotePayload(x.Text),
        CorrectionEntry x => new CorrectionPayload(x.Note),
        SuspensionEntry x => new TherapySuspendedPayload(x.Notes),
        ResumptionEntry x => CourseEntries.Resumption(context, x),
        WithdrawalEmergencyEntry x => new WithdrawalEmergencyPayload(x.Symptoms, x.Action),
        PatientUpdateEntry x => CourseEntries.Update(context, x),
        CandidacyDeclinedEntry x => new CandidacyDeclinedPayload(x.Reason),
        MedicationEntry x => MedicationEntries.Medication(context, x),
        IvigEntry x => ImmunotherapyEntries.Ivig(context, x),
        PlasmaExchangeEntry x => ImmunotherapyEntries.PlasmaExchange(context, x),
        _ => throw new ArgumentException($"{details.GetType().Name} is not an entry this log records.", nameof(details)),
    };

    /// <summary>
    /// Entries whose building reads only where the patient stands (their details, the program in force, dates, alarms, the
    /// plan awaiting transfer), never the events themselves or the program's history: those can be built from the record
    /// read through the course snapshot. Screening boluses and outcomes count earlier boluses; refills reconcile against
    /// the program in force on a past day; corrections name any event: they read the log whole.
    /// </summary>
    /// <remarks>
    /// An acknowledgement naming its alarm is read from the whole log: a snapshot forgets alarms settled before the newest
    /// fill, and an old one named again must be found as the log has it.
    /// </remarks>
    private static bool FromWhereThePatientStands(EntryDetails details) => details is NoteEntry or DoseProgramEntry or AlarmEntry
        or AlarmAcknowledgementEntry { AlarmSeq: null } or SuspensionEntry or ResumptionEntry or WithdrawalEmergencyEntry or ExplantEntry
        or ProgramTransferEntry or PatientUpdateEntry or AssessmentEntry or MedicationEntry or ScreeningBookingEntry
        or ImplantBookingEntry or CandidacyDeclinedEntry or ImplantEntry;

    /// <summary>Whether the log is guarded by the therapy workflow (a host may wire no guard: the log then records plain data).</summary>
    private bool Guarded => !ReferenceEquals(guard, EventGuards.None);

    /// <summary>Whether the patient was registered by then (the log's guard refuses an earlier event with its own code).</summary>
    private static bool RegisteredBy(EntryContext context, DateTimeOffset at) =>
        context.Record.RegisteredAt <= at;

    /// <summary>The workflow's refusal, worded as the log's guard words it.</summary>
    private static ProtocolLimitException Refused(EventKind kind, IReadOnlyList<string> reasons)
    {
        var alert = Alert.Critical(AlertCodes.WorkflowGuardUnmet, $"{LogCodes.Code(kind)} refused by the therapy workflow: unmet: {string.Join("; ", reasons)}.");
        return new ProtocolLimitException(alert, [alert]);
    }
}

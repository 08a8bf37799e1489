using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Immunotherapy;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Log.Courses;

/// <summary>
/// The therapy workflow's guards on the log: an event is recorded only if the patient's course, rebuilt from the log
/// as it stood at the event's own moment, accepts it. A dose program that breaks a titration or maintenance limit, or
/// the 24 h rule, is refused unless it carries an override reason (then it is recorded with the reason, like a smart
/// pump's soft limit); the hard ceiling is never overridden. Corrections are not held to the workflow: they are reviewed
/// by people and carry a reason; a replacement is still held to the hard stops on what is given (the oral ceiling, IVIG
/// in IgA deficiency), which no reason overrides.
/// </summary>
/// <remarks>
/// Late entries: clinical records take entries made after the fact, so an event may be dated before the patient's
/// newest event. It is judged against the course replayed in time order up to its moment, and then every later event
/// is judged again after it: if the late entry would make a later event break a guard it did not break before, the
/// late entry is refused naming that event. An event before the patient's registration is always refused.
/// </remarks>
public sealed class WorkflowEventGuard(Protocol protocol) : ICourseGuard
{
    /// <inheritdoc/>
    public CourseSnapshots Snapshots { get; } = new(protocol);

    /// <inheritdoc/>
    public bool TryCheck(NewEvent candidate, TherapyRecord current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        if (candidate.Payload is PatientRegisteredPayload)
        {
            return true;
        }

        // A replacement and an IVIG course are held to hard stops that read the patient's every record (IgA deficiency
        // recorded after the course's date still stops it): both are judged from the whole log.
        if (candidate.CorrectsSeq is not null || candidate.Payload is IvigPayload)
        {
            return false;
        }

        if (candidate.OccurredAt < current.Newest || current.RegisteredAt is null)
        {
            return false; // a late entry is judged with the events after it, from the whole log
        }

        CheckGivenFigures(candidate);

        // Dated at or after every event logged: the whole log is "earlier", nothing is "later" (as Check splits it). The
        // record's course is the snapshot's: judged on a copy, since judging changes it.
        _ = CheckAtTheEnd(candidate, LogCodes.Code(candidate.Kind), current, copy: true);
        return true;
    }

    /// <inheritdoc/>
    public void Check(NewEvent candidate, IReadOnlyList<LogEvent> history)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(history);
        if (candidate.Payload is PatientRegisteredPayload)
        {
            return;
        }

        if (candidate.CorrectsSeq is not null)
        {
            CheckHardStops(candidate, history);
            return;
        }

        var kind = LogCodes.Code(candidate.Kind);
        var effective = CorrectedLog.Effective(history).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToList();
        if (effective.FirstOrDefault(e => e.Kind == EventKind.PatientRegistered) is { } registration && candidate.OccurredAt < registration.OccurredAt)
        {
            throw Refused(
                AlertCodes.EventBeforeRegistration,
                kind,
                [$"not before the patient's registration at {Moment(registration.OccurredAt)} (the event is dated {Moment(candidate.OccurredAt)})"]);
        }

        CheckHardStops(candidate, history);
        var earlier = effective.Where(e => e.OccurredAt <= candidate.OccurredAt).ToList();
        var later = effective.Where(e => e.OccurredAt > candidate.OccurredAt).ToList();
        var record = TherapyRecord.Read(protocol, earlier);
        var course = CheckAtTheEnd(candidate, kind, record, copy: false);
        if (later.Count > 0)
        {
            CheckLaterEvents(candidate, kind, course, earlier, later);
        }
    }

    /// <summary>The candidate judged against the record up to its moment (the refill's strength, then the course, which takes it).</summary>
    private TherapyCourse CheckAtTheEnd(NewEvent candidate, string kind, TherapyRecord record, bool copy)
    {
        if (candidate.Payload is RefillPayload refill && RefillProgramRule.Mismatch(record.Program, refill.Concentration) is { } mismatch)
        {
            throw new ProtocolLimitException(mismatch, [mismatch]);
        }

        var course = copy ? record.RequireCourse().Copy() : record.RequireCourse();
        return Judge(course, candidate.Payload, candidate.OccurredAt, null, kind, goOn: false) is { } refusal ? throw refusal : course;
    }

    /// <summary>
    /// The hard stops on what is given, held for every new event, replacements included: oral baclofen above the
    /// ceiling, and IVIG for a patient recorded IgA-deficient at the course's moment or anywhere later in the history
    /// (IgA deficiency is lifelong, see <see cref="IvigContraindication"/>).
    /// </summary>
    private void CheckHardStops(NewEvent candidate, IReadOnlyList<LogEvent> history)
    {
        CheckGivenFigures(candidate);
        if (candidate.Payload is IvigPayload ivig && IvigContraindication.Breached(history, candidate.OccurredAt, ivig) is { } contraindicated)
        {
            throw new ProtocolLimitException(contraindicated, [contraindicated]);
        }
    }

    /// <summary>
    /// The hard stops on the event's own figures, which need nothing else: oral baclofen above the ceiling, and a program
    /// (implant or dose program) whose rate does not deliver its dose at its strength.
    /// </summary>
    private void CheckGivenFigures(NewEvent candidate)
    {
        var stop = candidate.Payload switch
        {
            MedicationPayload medication => OralCeiling.Breached(protocol, medication),
            DoseProgramPayload { Rate: { } rate } program => ProgramRate.Mismatch(program.Dose, program.Concentration, rate),
            ImplantPayload { Rate: { } rate } implant => ProgramRate.Mismatch(implant.Dose, implant.Concentration, rate),
            _ => null,
        };
        if (stop is not null)
        {
            throw new ProtocolLimitException(stop, [stop]);
        }
    }

    /// <summary>
    /// Judges the later events again after the late entry; one that now breaks a guard it did not break in the log as it
    /// stands refuses the late entry.
    /// </summary>
    private void CheckLaterEvents(NewEvent candidate, string kind, TherapyCourse course, List<LogEvent> earlier, List<LogEvent> later)
    {
        var baseline = TherapyRecord.Read(protocol, earlier).RequireCourse();
        var alreadyUnmet = new HashSet<long>();
        foreach (var e in later)
        {
            try
            {
                if (Judge(baseline, e.ReadPayload(), e.OccurredAt, e.Seq, LogCodes.Code(e.Kind), goOn: true) is not null)
                {
                    alreadyUnmet.Add(e.Seq);
                }
            }
            catch (Exception ex) when (ex is InvalidTransitionException or InvalidInputException)
            {
                alreadyUnmet.Add(e.Seq); // the stored log itself strays here: a late entry is not blamed for it
            }
        }

        foreach (var e in later)
        {
            ProtocolLimitException? broken;
            try
            {
                broken = Judge(course, e.ReadPayload(), e.OccurredAt, e.Seq, LogCodes.Code(e.Kind), goOn: true);
            }
            catch (Exception ex) when (ex is InvalidTransitionException or InvalidInputException)
            {
                if (alreadyUnmet.Contains(e.Seq))
                {
                    continue;
                }

                broken = Refused(AlertCodes.WorkflowGuardUnmet, LogCodes.Code(e.Kind), [ex.Message]);
            }

            if (broken is not null && !alreadyUnmet.Contains(e.Seq))
            {
                var alert = Alert.Critical(
                    broken.Code,
                    $"{kind} at {Moment(candidate.OccurredAt)} refused as a late entry: recorded there it would break the later event {e.Seq.ToString(CultureInfo.InvariantCulture)} " +
                    $"({LogCodes.Code(e.Kind)} at {Moment(e.OccurredAt)}): {broken.Blocking.Message}");
                throw new ProtocolLimitException(alert, [alert]);
            }
        }
    }

    /// <summary>
    /// Whether the course accepts a logged event now, every guard applied; accepts it (or, for an overridden soft limit,
    /// restores it) and returns null, or returns the refusal. After a refusal the rest of the event is restored without
    /// the protocol's limits when <paramref name="goOn"/> is set, so the course can go on to judge the events after it. Every
    /// course action is asked of the course's state machine, a refill's included (its strength is judged before, against
    /// the program in force).
    /// </summary>
    /// <exception cref="InvalidTransitionException">Going on, the event does not fit the workflow's routing at all.</exception>
    private ProtocolLimitException? Judge(TherapyCourse course, EventPayload payload, DateTimeOffset at, long? seq, string kind, bool goOn)
    {
        var events = CourseTranslator.Translate(payload, at, course, seq);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (course.CanAccept(e, out var reasons))
            {
                course.Accept(e);
                continue;
            }

            var refusal = e switch
            {
                DoseChanged change => DoseChangeRefusal(course, change, reasons, kind),
                ScreeningBolusGiven { Concentration: { } strength } when strength != protocol.Screening.Concentration.Value => NotTheScreeningStrength(strength, kind),
                _ => Refused(AlertCodes.WorkflowGuardUnmet, kind, reasons),
            };
            foreach (var rest in goOn ? events.Skip(i) : [])
            {
                course.Restore(rest);
            }

            return refusal;
        }

        return null;
    }

    /// <summary>Null when a dose change that breaks a soft limit carries an override reason; else the refusal.</summary>
    private ProtocolLimitException? DoseChangeRefusal(TherapyCourse course, DoseChanged change, IReadOnlyList<string> reasons, string kind)
    {
        var ceiling = protocol.LimitsFor(course.Population).HardCeiling;
        if (change.NewDose > ceiling.Value)
        {
            return Refused(AlertCodes.DoseAboveHardLimit, kind, [$"not above the hard ceiling of {ceiling.Value} (never overridden)"]);
        }

        if (!course.CanPerform(TherapyAction.ChangeDose, out var notNow))
        {
            return Refused(AlertCodes.WorkflowGuardUnmet, kind, notNow);
        }

        return string.IsNullOrWhiteSpace(change.OverrideReason)
            ? Refused(CodeFor(course, change), kind, [.. reasons, "or give an override reason to record a clinician's override"])
            : null; // A soft limit, overridden with a reason that is logged with the program.
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

        return change.NewDose - current > current * protocol.TitrationFor(course.Origin).MaximumIncrease.Value.Fraction ? AlertCodes.StepAboveProtocolLimit : AlertCodes.IncreaseTooSoon;
    }

    private ProtocolLimitException NotTheScreeningStrength(Quantities.MassConcentration strength, string kind)
    {
        var screening = protocol.Screening.Concentration;
        var refill = protocol.FindStrength(strength) is { UseForRefill: true } ? " is a refill strength:" : ":";
        var alert = Alert.Critical(
            AlertCodes.ScreeningConcentrationNotAllowed,
            $"{kind} refused: {strength}{refill} only the protocol's screening strength, {screening.Value}, screens ({screening.Source.Cite()}). Draw the bolus from {screening.Value}.");
        return new ProtocolLimitException(alert, [alert]);
    }

    private static string Moment(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static ProtocolLimitException Refused(string code, string kind, IReadOnlyList<string> reasons)
    {
        var alert = Alert.Critical(code, $"{kind} refused by the therapy workflow: unmet: {string.Join("; ", reasons)}.");
        return new ProtocolLimitException(alert, [alert]);
    }
}

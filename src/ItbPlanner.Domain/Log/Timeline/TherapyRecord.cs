using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// One patient's therapy as their corrected log tells it (see <see cref="CorrectedLog"/>), read in one pass in order of
/// when things happened: the course of therapy through the workflow (phase, permitted actions, why others are not), the
/// program in force, the daily dose over time, fills, alarms (open ones included), the plan waiting to be transferred to
/// the pump, the newest recorded dates and an open withdrawal emergency. The one read model of a log: the log's guard,
/// the schedule, every view and both front ends read it.
/// </summary>
/// <remarks>
/// The course is restored through the workflow (its routing applies; the protocol's limits of the day are not
/// re-applied). When the log strays from the workflow, <see cref="Course"/> is null and <see cref="CourseProblem"/> says
/// where; the rest of the reading stands.
/// </remarks>
public sealed record TherapyRecord
{
    private readonly Protocol protocol;
    private readonly IReadOnlyList<LogEvent> stored;
    private readonly IReadOnlyList<(DateTimeOffset At, ProgramInForce? Program)> programHistory;
    private readonly Reader? resumable;
    private readonly Lazy<TherapyCourse?> courseLater;

    private TherapyRecord(Protocol protocol, IReadOnlyList<LogEvent> stored, IReadOnlyList<LogEvent> effective, Reader reader, string parameter, bool keepReader = false)
    {
        resumable = keepReader ? reader : null;
        RegisteredAt = reader.RegisteredAt;
        Newest = reader.Newest;
        this.protocol = protocol;
        this.stored = stored;
        Patient = reader.Patient ?? throw new ArgumentException("The log holds no patient registration.", parameter);
        LastImplant = reader.LastImplant;
        Effective = effective;
        Doses = reader.Doses;
        Fills = reader.Fills;
        Alarms = reader.Alarms.Values.OrderBy(a => a.At).ThenBy(a => a.Seq).ToArray();
        Program = reader.Program;
        Dates = reader.Dates;
        PendingTransfer = reader.PendingTransfer;
        WithdrawalEmergency = reader.WithdrawalEmergency;
        courseLater = reader.CourseLater();
        CourseProblem = reader.CourseProblem;
        CourseStrays = reader.Strays;
        programHistory = reader.ProgramHistory;
    }

    /// <summary>
    /// The kinds of event the reading of dates depends on (and corrections, which may void them). A record replayed from
    /// only the events of these kinds (<see cref="Replay"/>) has the same patient, doses, fills, alarms in play, program,
    /// dates, pending transfer and withdrawal emergency as one read from all. For reading a very long log's dates without holding
    /// every event.
    /// </summary>
    public static IReadOnlySet<EventKind> KindsRead { get; } = new HashSet<EventKind>
    {
        EventKind.PatientRegistered, EventKind.PatientUpdated, EventKind.Implant, EventKind.DoseProgram, EventKind.Refill,
        EventKind.AlarmRaised, EventKind.AlarmAcknowledged, EventKind.TherapySuspended, EventKind.TherapyResumed,
        EventKind.Explant, EventKind.WithdrawalEmergency, EventKind.ProgramTransferred, EventKind.Correction,
    };

    /// <summary>The patient's current details.</summary>
    public Patient Patient { get; }

    /// <summary>When the patient's (first standing) registration happened.</summary>
    public DateTimeOffset? RegisteredAt { get; }

    /// <summary>
    /// The newest moment of any stored event read, standing or not: an event dated at or after it is no late entry.
    /// <see cref="DateTimeOffset.MinValue"/> for a record from <see cref="Replay"/>.
    /// </summary>
    public DateTimeOffset Newest { get; }

    /// <summary>The stored events, every one, in sequence order; empty for a record from <see cref="Replay"/>.</summary>
    public IReadOnlyList<LogEvent> Events => stored;

    /// <summary>The standing events (corrections applied) in order of occurrence; empty for a record from <see cref="Replay"/>.</summary>
    public IReadOnlyList<LogEvent> Effective { get; }

    /// <summary>The newest standing implant event, or null before any.</summary>
    public LogEvent? LastImplant { get; }

    /// <summary>The course of therapy rebuilt through the workflow, or null when the log does not follow it (<see cref="CourseProblem"/> says why).</summary>
    /// <remarks>A record resumed from a snapshot builds its course (a state machine) the first time it is read: the schedule never does.</remarks>
    public TherapyCourse? Course => courseLater.Value;

    /// <summary>Why there is no course: the event that strays from the workflow, and how; null when there is one.</summary>
    public string? CourseProblem { get; }

    /// <summary>
    /// Stored events left out of the course because they no longer fit the workflow (a correction retracted what they
    /// stood on), each said in one line; empty for a log that follows the workflow throughout.
    /// </summary>
    public IReadOnlyList<string> CourseStrays { get; }

    /// <summary>Where the course stands, or null without one.</summary>
    public TherapyPhase? Phase => Course?.Phase;

    /// <summary>The daily dose as a step function: each step holds until the next.</summary>
    public IReadOnlyList<DoseStep> Doses { get; }

    /// <summary>Reservoir fills: the first fill at implant, then refills.</summary>
    public IReadOnlyList<FillRecord> Fills { get; }

    /// <summary>Alarms raised.</summary>
    public IReadOnlyList<AlarmRecord> Alarms { get; }

    /// <summary>Alarms and safety alerts nobody has acknowledged.</summary>
    public IReadOnlyList<AlarmRecord> OpenAlarms => [.. Alarms.Where(a => !a.Acknowledged)];

    /// <summary>The program in force, or null before implant and after explant.</summary>
    public ProgramInForce? Program { get; }

    /// <summary>The newest recorded alarm and refill-by dates, or null when none were recorded (or after explant).</summary>
    public PlannedDates? Dates { get; }

    /// <summary>The newest plan (implant, dose program, refill) not yet recorded as transferred to the pump, or null.</summary>
    public PendingTransfer? PendingTransfer { get; }

    /// <summary>The withdrawal emergency declared and not yet resolved (or ended by an explant), or null.</summary>
    public OpenWithdrawalEmergency? WithdrawalEmergency { get; }

    /// <summary>The pump model the log says the patient has: their details, else the newest implant's.</summary>
    public string? PumpModelId =>
        Patient.PumpModelId ?? LastImplant?.ReadPayload<ImplantPayload>()?.PumpModelId;

    /// <summary>Reads a patient's log in one pass.</summary>
    /// <param name="protocol">The protocol whose workflow the course follows.</param>
    /// <param name="events">All of one patient's stored events, the registration included.</param>
    /// <exception cref="ArgumentException">The events hold no registration.</exception>
    /// <exception cref="EventPayloadException">A standing event's payload cannot be read.</exception>
    public static TherapyRecord Read(Protocol protocol, IEnumerable<LogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(events);
        var stored = events.OrderBy(e => e.Seq).ToArray();
        var effective = CorrectedLog.Effective(stored).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToArray();
        var reader = new Reader(protocol, followCourse: true, bounded: false);
        reader.See(stored);
        foreach (var e in effective)
        {
            reader.Apply(e, e.ReadPayload());
        }

        return new TherapyRecord(protocol, stored, effective, reader, nameof(events));
    }

    /// <summary>
    /// Reads a patient's log for a course snapshot: as <see cref="Read"/> for the course and everything but the history,
    /// which is kept bounded as <see cref="Replay"/> keeps it (the newest fill, the dose steps from the one in force at it;
    /// no <see cref="Events"/>, <see cref="Effective"/> or program history). The record can be resumed (see
    /// <see cref="Resume"/>) with the events stored after.
    /// </summary>
    internal static TherapyRecord Rebuild(Protocol protocol, IEnumerable<LogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(events);
        var stored = events.OrderBy(e => e.Seq).ToArray();
        var reader = new Reader(protocol, followCourse: true, bounded: true);
        reader.See(stored);
        foreach (var e in CorrectedLog.Effective(stored).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq))
        {
            reader.Apply(e, e.ReadPayload());
        }

        return new TherapyRecord(protocol, [], [], reader, nameof(events), keepReader: true);
    }

    /// <summary>
    /// A resumable record taken up from its state and read on with the events stored after it (in sequence order), or null
    /// when they cannot simply follow it: a correction (it may void what the state was read from) or an event dated before
    /// one already read (a late entry, which belongs earlier in the reading). Then the log is read again whole.
    /// </summary>
    /// <exception cref="FormatException">The state is not one a record can be in.</exception>
    internal static TherapyRecord? Resume(Protocol protocol, RecordState state, IEnumerable<LogEvent> after)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(after);
        var reader = new Reader(protocol, state);
        foreach (var e in after)
        {
            if (e.CorrectsSeq is not null || e.Kind == EventKind.Correction || e.OccurredAt < reader.Newest)
            {
                return null;
            }

            reader.See([e]);
            reader.Apply(e, e.ReadPayload());
        }

        return new TherapyRecord(protocol, [], [], reader, nameof(state), keepReader: true);
    }

    /// <summary>The state of a record from <see cref="Rebuild"/> or <see cref="Resume"/>, for its snapshot.</summary>
    /// <exception cref="InvalidOperationException">The record was read otherwise (it holds its history, not a bounded state).</exception>
    internal RecordState State() => (resumable ?? throw new InvalidOperationException("Only a record read for a snapshot can be saved as one.")).State(Patient);

    /// <summary>
    /// Replays a patient's standing events (corrections applied, correction events left out) in order of occurrence, one
    /// at a time, keeping none of them and leaving the course unread: the program, dates, pending transfer and
    /// withdrawal emergency are as <see cref="Read"/> gives; <see cref="Fills"/> holds only the newest fill,
    /// <see cref="Doses"/> the steps from the one in force at it and <see cref="Alarms"/> those still in play (open ones,
    /// the battery's, and any raised since the newest fill; acknowledged ones before it are settled and forgotten); <see cref="Events"/>, <see cref="Effective"/> are empty,
    /// <see cref="Course"/> is null and <see cref="ProgramOn"/> knows no history. For today's dates of a log too long to
    /// hold (the events may be only those of <see cref="KindsRead"/>): they are the same as from <see cref="Read"/>.
    /// </summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="standingInOccurrenceOrder">The standing events, ordered by when they happened, then by sequence; read once.</param>
    /// <exception cref="ArgumentException">The events hold no registration.</exception>
    /// <exception cref="EventPayloadException">An event's payload cannot be read.</exception>
    public static TherapyRecord Replay(Protocol protocol, IEnumerable<LogEvent> standingInOccurrenceOrder)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(standingInOccurrenceOrder);
        var reader = new Reader(protocol, followCourse: false, bounded: true);
        foreach (var e in standingInOccurrenceOrder)
        {
            reader.Apply(e, e.ReadPayload());
        }

        return new TherapyRecord(protocol, [], [], reader, nameof(standingInOccurrenceOrder));
    }

    /// <summary>
    /// The record as the log stood at a moment: the standing events (corrections applied first) up to and including it.
    /// This is what the log's guard judges an event dated then by, so a front end asks the same question for an entry
    /// made after the fact (events recorded since, such as a program transfer marked now, do not stand in its way).
    /// </summary>
    /// <exception cref="ArgumentException">The patient was not registered by then.</exception>
    public TherapyRecord At(DateTimeOffset moment) =>
        Effective.All(e => e.OccurredAt <= moment) ? this : Read(protocol, Effective.Where(e => e.OccurredAt <= moment));

    /// <summary>The course, or the refusal that names why the log cannot be read as one.</summary>
    /// <exception cref="InvalidInputException">The log does not follow the workflow.</exception>
    public TherapyCourse RequireCourse() => Course ?? throw new InvalidInputException("log", CourseProblem ?? "The log holds no patient registration.");

    /// <summary>Whether the workflow allows an action now (conditions on the action's own data are checked when it is taken), and why not.</summary>
    public bool Can(TherapyAction action, out IReadOnlyList<string> reasons)
    {
        if (Course is null)
        {
            reasons = [CourseProblem ?? "the course could not be read from the log"];
            return false;
        }

        return Course.CanPerform(action, out reasons);
    }

    /// <summary>
    /// The program in force at the end of a local day (set by the events on or before it; suspended when infusion was
    /// suspended then), or null when none was (before the implant, after an explant).
    /// </summary>
    /// <param name="date">The local day.</param>
    /// <param name="zone">The clinic's time zone, which turns logged moments into dates.</param>
    public ProgramInForce? ProgramOn(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ProgramInForce? program = null;
        foreach (var (at, state) in programHistory)
        {
            if (DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) > date)
            {
                break;
            }

            program = state;
        }

        return program;
    }

    /// <summary>
    /// The volume left in the reservoir at a moment, estimated from the last fill before it and the programmed rates since
    /// (what the pump itself assumes; an over-infusing pump holds less). Null before the first fill.
    /// </summary>
    public Volume? ReservoirAt(DateTimeOffset moment)
    {
        var fill = Fills.LastOrDefault(f => f.At <= moment);
        if (fill is null)
        {
            return null;
        }

        // Exact: each rate as dose ÷ concentration and each span as ticks ÷ ticks per day, rounded once at the end.
        var used = Fraction.Zero;
        var steps = Doses.Where(d => d.At < moment).ToArray();
        for (var i = 0; i < steps.Length; i++)
        {
            var from = steps[i].At > fill.At ? steps[i].At : fill.At;
            var to = i + 1 < steps.Length ? steps[i + 1].At : moment;
            if (to > from)
            {
                var days = Fraction.Of((to - from).Ticks) / Fraction.Of(TimeSpan.TicksPerDay);
                used += ExactRates.Of(steps[i].Rate, steps[i].Dose, steps[i].Concentration) * days;
            }
        }

        return (fill.Volume.Exact() - used).ToVolume();
    }

    private sealed class Reader(Protocol protocol, bool followCourse, bool bounded)
    {
        /// <summary>A reader resumed from a snapshot's state: it follows the course and keeps the history bounded.</summary>
        public Reader(Protocol protocol, RecordState state)
            : this(protocol, followCourse: true, bounded: true)
        {
            Patient = state.Patient;
            RegisteredAt = state.RegisteredAt;
            Newest = state.Newest;
            LastImplant = state.LastImplant?.ToEvent(state.Patient.Id);
            Doses.AddRange(state.Doses);
            Fills.AddRange(state.Fills);
            foreach (var alarm in state.Alarms)
            {
                Alarms[alarm.Seq] = alarm;
            }

            Program = state.Program;
            Dates = state.Dates;
            PendingTransfer = state.PendingTransfer;
            WithdrawalEmergency = state.WithdrawalEmergency;
            courseState = state.Course;
            if (courseState is { } course && (!Enum.IsDefined(course.Phase) || course.LastAt < course.OpenedAt))
            {
                throw new FormatException($"A course cannot be in phase {course.Phase} from {course.OpenedAt:u} to {course.LastAt:u}.");
            }

            CourseProblem = state.CourseProblem;
            Strays.AddRange(state.Strays);
            if (courseState is null && CourseProblem is null && RegisteredAt is not null)
            {
                throw new FormatException("A registered patient's snapshot holds neither a course nor why there is none.");
            }
        }

        public Patient? Patient { get; private set; }

        public DateTimeOffset? RegisteredAt { get; private set; }

        public DateTimeOffset Newest { get; private set; } = DateTimeOffset.MinValue;

        public List<DoseStep> Doses { get; } = [];

        public List<FillRecord> Fills { get; } = [];

        public Dictionary<long, AlarmRecord> Alarms { get; } = [];

        public ProgramInForce? Program { get; private set; }

        public LogEvent? LastImplant { get; private set; }

        public PlannedDates? Dates { get; private set; }

        public PendingTransfer? PendingTransfer { get; private set; }

        public OpenWithdrawalEmergency? WithdrawalEmergency { get; private set; }

        /// <summary>The course; a reader resumed from a snapshot builds it from its state when first asked.</summary>
        public TherapyCourse? Course
        {
            get
            {
                if (courseState is { } state)
                {
                    course = TherapyCourse.FromState(protocol, state);
                    courseState = null;
                }

                return course;
            }

            private set => course = value;
        }

        /// <summary>The course as it will be when first read: built now if it was, else when asked (and then no longer by this reader).</summary>
        public Lazy<TherapyCourse?> CourseLater()
        {
            if (courseState is null)
            {
                var built = course;
                return new Lazy<TherapyCourse?>(() => built);
            }

            var state = courseState;
            return new Lazy<TherapyCourse?>(() => TherapyCourse.FromState(protocol, state));
        }

        public string? CourseProblem { get; private set; }

        public List<string> Strays { get; } = [];

        public List<(DateTimeOffset At, ProgramInForce? Program)> ProgramHistory { get; } = [];

        private TherapyCourse? course;
        private CourseState? courseState;

        /// <summary>Notes the moments of stored events (standing or not): a later event is not a late entry.</summary>
        public void See(IEnumerable<LogEvent> stored)
        {
            foreach (var e in stored)
            {
                if (e.OccurredAt > Newest)
                {
                    Newest = e.OccurredAt;
                }
            }
        }

        public RecordState State(Patient patient) => new(
            patient,
            RegisteredAt,
            Newest,
            LastImplant is { } implant ? EventState.Of(implant) : null,
            [.. Doses],
            [.. Fills],
            [.. Alarms.Values.OrderBy(a => a.Seq)],
            Program,
            Dates,
            PendingTransfer,
            WithdrawalEmergency,
            courseState ?? Course?.Capture(),
            CourseProblem,
            [.. Strays]);

        public void Apply(LogEvent e, EventPayload payload)
        {
            var before = Program;
            ApplyPayload(e, payload);
            if (Program != before && !bounded)
            {
                ProgramHistory.Add((e.OccurredAt, Program));
            }

            if (followCourse)
            {
                FollowCourse(e, payload);
            }
            else
            {
                CourseProblem ??= "the course is not read when a long log is replayed for its dates";
            }
        }

        /// <summary>Restores the event's course events; the first event that strays from the workflow ends the course's reading.</summary>
        private void FollowCourse(LogEvent e, EventPayload payload)
        {
            switch (payload)
            {
                case PatientRegisteredPayload registered when Course is null && CourseProblem is null:
                    Course = TherapyCourse.Open(protocol, registered.Patient.Population, CourseOrigin.For(registered.Patient), e.OccurredAt);
                    return;
                case PatientRegisteredPayload or PatientUpdatedPayload:
                    return;
            }

            if (CourseProblem is not null)
            {
                return;
            }

            if (Course is null)
            {
                // Dated before the registration (the guard refuses such an event now; older logs may hold one): it cannot
                // be part of the course, which starts at the registration, and must not stop the course being read.
                return;
            }

            // A stored event that no longer fits the workflow (a correction retracted what it stood on: the implant before a
            // refill) is left out of the course, and said so, rather than ending the course: the log must still take the next
            // valid record. The guard never lets a new record stray; only corrections, reviewed by people, can do this.
            try
            {
                foreach (var step in CourseTranslator.Translate(payload, e.OccurredAt, Course, e.Seq))
                {
                    Course.Restore(step);
                }
            }
            catch (Exception ex) when (ex is InvalidTransitionException or InvalidInputException)
            {
                Strays.Add($"event {e.Seq} ({LogCodes.Code(e.Kind)}) no longer fits the therapy workflow and is left out of the course ({ex.Message}); review the corrections before it");
            }
        }

        private void ApplyPayload(LogEvent e, EventPayload payload)
        {
            if (payload is ImplantPayload or DoseProgramPayload or RefillPayload)
            {
                PendingTransfer = new PendingTransfer(e.Seq, e.Kind, e.OccurredAt);
            }

            switch (payload)
            {
                case PatientRegisteredPayload registered:
                    Patient = registered.Patient;
                    RegisteredAt ??= e.OccurredAt;
                    break;
                case PatientUpdatedPayload updated:
                    Patient = updated.Patient;
                    break;
                case ImplantPayload implant:
                    LastImplant = e;
                    SetProgram(e, implant.Dose, implant.Concentration, implant.Rate, implant.Mode);
                    AddFill(new FillRecord(e.OccurredAt, implant.FillVolume, implant.Concentration, null, null, e.Seq) { Compounded = implant.Compounded == true });
                    SetDates(e, implant.AlarmDate, implant.RefillByDate);
                    break;
                case DoseProgramPayload program:
                    SetProgram(e, program.Dose, program.Concentration, program.Rate, program.Mode);
                    SetDates(e, program.AlarmDate, program.RefillByDate);
                    break;
                case RefillPayload refill:
                    AddFill(new FillRecord(e.OccurredAt, refill.FillVolume, refill.Concentration, refill.Aspirated, refill.ExpectedResidual, e.Seq) { Compounded = refill.Compounded == true });
                    SetDates(e, refill.AlarmDate, refill.RefillByDate);
                    break;
                case WithdrawalEmergencyPayload emergency:
                    WithdrawalEmergency = new OpenWithdrawalEmergency(e.OccurredAt, e.Seq, emergency.Symptoms, emergency.Action);
                    break;
                case TherapyResumedPayload when Program is not { Suspended: true }:
                    WithdrawalEmergency = null;
                    break;
                case TherapySuspendedPayload when Program is { } running:
                    Program = running with { Suspended = true };
                    Doses.Add(new DoseStep(e.OccurredAt, MassFlow.Zero, VolumeFlow.Zero, e.Seq));
                    break;
                case TherapyResumedPayload when Program is { Suspended: true } suspended:
                    WithdrawalEmergency = null;
                    Program = suspended with { Suspended = false };
                    Doses.Add(new DoseStep(e.OccurredAt, suspended.Dose, suspended.Rate, e.Seq) { Concentration = suspended.Concentration });
                    break;
                case ProgramTransferredPayload transferred when PendingTransfer is { } pending && transferred.PlanSeq >= pending.Seq:
                    PendingTransfer = null;
                    break;
                case ExplantPayload:
                    WithdrawalEmergency = null;
                    PendingTransfer = null;
                    Program = null;
                    Dates = null;
                    Doses.Add(new DoseStep(e.OccurredAt, MassFlow.Zero, VolumeFlow.Zero, e.Seq));
                    break;
                case AlarmRaisedPayload raised:
                    Alarms[e.Seq] = new AlarmRecord(e.OccurredAt, raised.Alarm, e.Seq, null, raised.AlertCode, raised.Details);
                    break;
                case AlarmAcknowledgedPayload acknowledged when Alarms.TryGetValue(acknowledged.AlarmSeq, out var alarm):
                    Alarms[alarm.Seq] = alarm with { AcknowledgedBySeq = e.Seq };
                    if (bounded && Fills.Count > 0)
                    {
                        ForgetSettledAlarms(Fills[^1].At);
                    }

                    break;
            }
        }

        /// <summary>
        /// A new fill. A bounded reading (a snapshot's, or a long log's dates) keeps only what its readers read: the newest
        /// fill, the dose steps from the one in force at it on, and the alarms still in play (see
        /// <see cref="ForgetSettledAlarms"/>), so memory and the snapshot stay bounded however long the log.
        /// </summary>
        private void AddFill(FillRecord fill)
        {
            if (bounded)
            {
                Fills.Clear();
                if (Doses.Count > 1)
                {
                    Doses.RemoveRange(0, Doses.Count - 1);
                }

                ForgetSettledAlarms(fill.At);
            }

            Fills.Add(fill);
        }

        /// <summary>
        /// Forgets the alarms settled before the newest fill: raised before it and acknowledged (at a new fill, and at an
        /// acknowledgement of an alarm raised before the newest fill). What reads a bounded record
        /// looks only at open alarms, at the pump's battery alarms since the implant (kept, acknowledged or not) and at
        /// safety alerts raised since the newest fill or program; twenty years of acknowledged low-reservoir alarms were
        /// most of a snapshot.
        /// </summary>
        private void ForgetSettledAlarms(DateTimeOffset before)
        {
            foreach (var settled in Alarms.Values.Where(a => a.Acknowledged && a.At < before && a.Alarm is not (AlarmType.ElectiveReplacement or AlarmType.EndOfService)).ToArray())
            {
                Alarms.Remove(settled.Seq);
            }
        }

        private void SetProgram(LogEvent e, MassFlow dose, MassConcentration concentration, VolumeFlow? rate, DeliveryMode mode)
        {
            var volumeRate = rate ?? dose.VolumeFlowAt(concentration);
            var suspended = Program?.Suspended ?? false;
            Program = new ProgramInForce(dose, concentration, volumeRate, mode, e.OccurredAt, e.Seq, suspended);
            if (!suspended)
            {
                Doses.Add(new DoseStep(e.OccurredAt, dose, volumeRate, e.Seq) { Concentration = concentration });
            }

            if (Dates is { } dates)
            {
                Dates = dates with { Stale = true };
            }
        }

        private void SetDates(LogEvent e, DateOnly? alarm, DateOnly? refillBy)
        {
            if (alarm is not null || refillBy is not null)
            {
                Dates = new PlannedDates(alarm, refillBy, e.Seq, Stale: false) { RecordedWith = e.OccurredAt };
            }
        }
    }
}

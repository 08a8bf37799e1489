using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// One patient's therapy as their corrected log tells it (see <see cref="CorrectedLog"/>), in order of when things
/// happened: the daily dose over time, fills, alarms, the program in force and the newest planned dates. A reading of
/// the log for charts and reports; it decides nothing clinical.
/// </summary>
public sealed record TherapyTimeline
{
    private readonly IReadOnlyList<(DateTimeOffset At, ProgramInForce? Program)> programHistory;

    private TherapyTimeline(
        Patient patient,
        IReadOnlyList<LogEvent> effective,
        IReadOnlyList<DoseStep> doses,
        IReadOnlyList<FillRecord> fills,
        IReadOnlyList<AlarmRecord> alarms,
        ProgramInForce? program,
        PlannedDates? dates,
        PendingTransfer? pendingTransfer,
        OpenWithdrawalEmergency? withdrawalEmergency,
        IReadOnlyList<(DateTimeOffset At, ProgramInForce? Program)> programHistory,
        LogEvent? lastImplant)
    {
        LastImplant = lastImplant;
        Patient = patient;
        Effective = effective;
        Doses = doses;
        Fills = fills;
        Alarms = alarms;
        Program = program;
        Dates = dates;
        PendingTransfer = pendingTransfer;
        WithdrawalEmergency = withdrawalEmergency;
        this.programHistory = programHistory;
    }

    /// <summary>
    /// The kinds of event the reading depends on (and corrections, which may void them). A timeline read from only the
    /// events of these kinds has the same patient, doses, fills, alarms, program, dates, pending transfer and
    /// withdrawal emergency as one read from all; only <see cref="Effective"/> then lacks the other events (notes,
    /// assessments, screening). For reading a very long log's dates without holding every event.
    /// </summary>
    public static IReadOnlySet<EventKind> KindsRead { get; } = new HashSet<EventKind>
    {
        EventKind.PatientRegistered, EventKind.PatientUpdated, EventKind.Implant, EventKind.DoseProgram, EventKind.Refill,
        EventKind.AlarmRaised, EventKind.AlarmAcknowledged, EventKind.TherapySuspended, EventKind.TherapyResumed,
        EventKind.Explant, EventKind.WithdrawalEmergency, EventKind.ProgramTransferred, EventKind.Correction,
    };

    /// <summary>The patient's current details.</summary>
    public Patient Patient { get; }

    /// <summary>The standing events (corrections applied) in order of occurrence; empty for a timeline from <see cref="Replay"/>.</summary>
    public IReadOnlyList<LogEvent> Effective { get; }

    /// <summary>The newest standing implant event, or null before any.</summary>
    public LogEvent? LastImplant { get; }

    /// <summary>The daily dose as a step function: each step holds until the next.</summary>
    public IReadOnlyList<DoseStep> Doses { get; }

    /// <summary>Reservoir fills: the first fill at implant, then refills.</summary>
    public IReadOnlyList<FillRecord> Fills { get; }

    /// <summary>Alarms raised.</summary>
    public IReadOnlyList<AlarmRecord> Alarms { get; }

    /// <summary>The program in force, or null before implant and after explant.</summary>
    public ProgramInForce? Program { get; }

    /// <summary>The newest recorded alarm and refill-by dates, or null when none were recorded (or after explant).</summary>
    public PlannedDates? Dates { get; }

    /// <summary>The newest plan (implant, dose program, refill) not yet recorded as transferred to the pump, or null.</summary>
    public PendingTransfer? PendingTransfer { get; }

    /// <summary>The withdrawal emergency declared and not yet resolved (or ended by an explant), or null.</summary>
    public OpenWithdrawalEmergency? WithdrawalEmergency { get; }

    /// <summary>Reads a patient's log.</summary>
    /// <param name="events">All of one patient's stored events, the registration included.</param>
    /// <exception cref="ArgumentException">The events hold no registration.</exception>
    /// <exception cref="EventPayloadException">A standing event's payload cannot be read.</exception>
    public static TherapyTimeline Read(IEnumerable<LogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var effective = CorrectedLog.Effective(events).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToArray();
        return Build(effective, effective, nameof(events));
    }

    /// <summary>
    /// Reads a patient's log from their standing events (corrections applied, correction events left out) in order of
    /// occurrence, one at a time, keeping none of them: everything but <see cref="Effective"/> (left empty) is as
    /// <see cref="Read"/> gives. For the dates of a log too long to hold (the events may be only those of
    /// <see cref="KindsRead"/>).
    /// </summary>
    /// <param name="standingInOccurrenceOrder">The standing events, ordered by when they happened, then by sequence; read once.</param>
    /// <exception cref="ArgumentException">The events hold no registration.</exception>
    /// <exception cref="EventPayloadException">An event's payload cannot be read.</exception>
    public static TherapyTimeline Replay(IEnumerable<LogEvent> standingInOccurrenceOrder)
    {
        ArgumentNullException.ThrowIfNull(standingInOccurrenceOrder);
        return Build(standingInOccurrenceOrder, [], nameof(standingInOccurrenceOrder));
    }

    private static TherapyTimeline Build(IEnumerable<LogEvent> inOccurrenceOrder, IReadOnlyList<LogEvent> effective, string parameter)
    {
        var reader = new Reader();
        foreach (var e in inOccurrenceOrder)
        {
            reader.Apply(e, e.ReadPayload());
        }

        return new TherapyTimeline(
            reader.Patient ?? throw new ArgumentException("The log holds no patient registration.", parameter),
            effective,
            reader.Doses,
            reader.Fills,
            reader.Alarms.Values.OrderBy(a => a.At).ThenBy(a => a.Seq).ToArray(),
            reader.Program,
            reader.Dates,
            reader.PendingTransfer,
            reader.WithdrawalEmergency,
            reader.ProgramHistory,
            reader.LastImplant);
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

    private sealed class Reader
    {
        public Patient? Patient { get; private set; }

        public List<DoseStep> Doses { get; } = [];

        public List<FillRecord> Fills { get; } = [];

        public Dictionary<long, AlarmRecord> Alarms { get; } = [];

        public ProgramInForce? Program { get; private set; }

        public LogEvent? LastImplant { get; private set; }

        public PlannedDates? Dates { get; private set; }

        public PendingTransfer? PendingTransfer { get; private set; }

        public OpenWithdrawalEmergency? WithdrawalEmergency { get; private set; }

        public List<(DateTimeOffset At, ProgramInForce? Program)> ProgramHistory { get; } = [];

        public void Apply(LogEvent e, EventPayload payload)
        {
            var before = Program;
            ApplyPayload(e, payload);
            if (Program != before)
            {
                ProgramHistory.Add((e.OccurredAt, Program));
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
                    break;
                case PatientUpdatedPayload updated:
                    Patient = updated.Patient;
                    break;
                case ImplantPayload implant:
                    LastImplant = e;
                    SetProgram(e, implant.Dose, implant.Concentration, implant.Rate, implant.Mode);
                    Fills.Add(new FillRecord(e.OccurredAt, implant.FillVolume, implant.Concentration, null, null, e.Seq) { Compounded = implant.Compounded == true });
                    SetDates(e, implant.AlarmDate, implant.RefillByDate);
                    break;
                case DoseProgramPayload program:
                    SetProgram(e, program.Dose, program.Concentration, program.Rate, program.Mode);
                    SetDates(e, program.AlarmDate, program.RefillByDate);
                    break;
                case RefillPayload refill:
                    Fills.Add(new FillRecord(e.OccurredAt, refill.FillVolume, refill.Concentration, refill.Aspirated, refill.ExpectedResidual, e.Seq) { Compounded = refill.Compounded == true });
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
                    break;
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

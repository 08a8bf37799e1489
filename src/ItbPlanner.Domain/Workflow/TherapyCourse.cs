using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow.Events;
using Stateless;
using Stateless.Reflection;
using CourseMachine = Stateless.StateMachine<ItbPlanner.Domain.Workflow.TherapyPhase, ItbPlanner.Domain.Workflow.TherapyAction>;

namespace ItbPlanner.Domain.Workflow;

/// <summary>
/// One patient's ITB course, from candidate to maintenance, driven by a private Stateless state machine whose guards come
/// from the protocol: every action is a trigger, so "may this action happen now, and if not, which guards are unmet?" has
/// one answer for the log, the command line and the terminal UI. Each action is an intention-revealing method taking the moment it happened (no clock inside); each has a
/// <c>Can…</c> query that returns the unmet conditions, so a user interface can say why an action is unavailable. Every
/// accepted action is kept as a <see cref="CourseEvent"/> in <see cref="Events"/>; <see cref="Replay"/> rebuilds the course
/// from them.
/// </summary>
/// <remarks>
/// Refused actions throw <see cref="InvalidTransitionException"/> (the course is unchanged); impossible inputs (a dose
/// that is not positive, a moment before the previous event) throw <see cref="InvalidInputException"/>. Mutable (it
/// accepts events) and not thread-safe.
/// </remarks>
public sealed partial class TherapyCourse
{
    private readonly Protocol protocol;
    private readonly CourseMachine machine;
    private readonly CourseTriggers triggers;
    private readonly List<CourseEvent> events = [];
    private readonly List<ScreeningObservation> observations = [];
    private readonly SortedSet<long> openAlarms = [];
    private TherapyPhase phase = TherapyPhase.Candidate;
    private bool replaying;
    private AssessmentScores? pendingBaseline;
    private ScreeningOutcomeRecorded? outcome;
    private DateTimeOffset? infusionStartedAt;
    private DateTimeOffset? lastIncreaseAt;
    private MassFlow? doseBeforeInterruption;
    private DateTimeOffset lastAt;

    private TherapyCourse(Protocol protocol, CourseOpened opened)
    {
        this.protocol = protocol;
        Population = opened.Population;
        Origin = opened.Origin;
        machine = new CourseMachine(() => phase, p => phase = p, FiringMode.Immediate);
        triggers = new CourseTriggers(machine);
        ConfigureWorkflow();
        machine.OnUnhandledTrigger((state, action, unmet) => throw new InvalidTransitionException(state, action, Unmet(state, action, unmet)));
        events.Add(opened);
        lastAt = opened.At;
    }

    /// <summary>Whose screening schedule and dose limits apply.</summary>
    public Population Population { get; }

    /// <summary>Which titration and maintenance rules apply.</summary>
    public TitrationOrigin Origin { get; }

    /// <summary>The current phase (never a superstate).</summary>
    public TherapyPhase Phase => phase;

    /// <summary>
    /// Every accepted event, in order; the first is <see cref="CourseOpened"/>. A course resumed from a snapshot of its
    /// state holds its <see cref="CourseOpened"/> and the events accepted since (its state is whole; its history is the log's).
    /// </summary>
    public IReadOnlyList<CourseEvent> Events => events.AsReadOnly();

    /// <summary>One observation per screening bolus given, in order.</summary>
    public IReadOnlyList<ScreeningObservation> Observations => observations.AsReadOnly();

    /// <summary>The current daily dose, while a pump is implanted (the dose before a suspension while suspended).</summary>
    public MassFlow? CurrentDose { get; private set; }

    /// <summary>The screening date booked, if any.</summary>
    public DateOnly? ScreeningDate { get; private set; }

    /// <summary>The implant date booked, if any.</summary>
    public DateOnly? ImplantDate { get; private set; }

    /// <summary>The next bolus in the population's schedule, or null when none is left (or above the screening maximum).</summary>
    public Mass? NextScreeningBolus
    {
        get
        {
            var schedule = protocol.ScreeningFor(Population).Boluses;
            return observations.Count < schedule.Count && schedule[observations.Count].Value <= protocol.Screening.MaximumBolus.Value
                ? schedule[observations.Count].Value
                : null;
        }
    }

    /// <summary>
    /// The smaller first bolus a child may have instead of the schedule's first (the protocol's small-child start, 25 mcg),
    /// while no bolus has been given; null for adults, after the first bolus, or when the protocol has none. The
    /// escalation then continues with the schedule's second bolus.
    /// </summary>
    public Mass? SmallChildStart =>
        Population == Population.Child && observations.Count == 0 && protocol.Screening.SmallChildStart is { } start
            ? start.Value
            : null;

    /// <summary>
    /// The starting dose the screening result gives (the last bolus, its effect and any adverse reaction), once the
    /// clinician has confirmed a positive response; null before.
    /// </summary>
    public StartDoseResult? RecommendedStartDose =>
        outcome is { Response: ScreeningResponse.Positive } positive && observations.Count > 0
            ? StartDoseCalculator.Calculate(protocol, observations[^1].Dose, positive.Effect, positive.AdverseReaction)
            : null;

    /// <summary>The references of the alarms raised and not yet acknowledged, in order.</summary>
    public IReadOnlyCollection<long> OpenAlarms => openAlarms;

    /// <summary>The actions that are possible now, in enum order, for menus and status bars (conditions on an action's own data, such as the dose, are checked when it is taken).</summary>
    public IReadOnlyList<TherapyAction> PermittedActions => [.. Enum.GetValues<TherapyAction>().Where(machine.CanFire)];

    /// <summary>Opens a course for a candidate.</summary>
    public static TherapyCourse Open(Protocol protocol, Population population, TitrationOrigin origin, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return new TherapyCourse(protocol, new CourseOpened(at, population, origin));
    }

    /// <summary>
    /// Rebuilds a course from its events. The workflow is replayed through the same state machine, so the phases follow;
    /// the protocol's clinical limits (intervals, maxima, step sizes) are not re-applied, because a stored event records
    /// what was accepted under the protocol in force then.
    /// </summary>
    /// <exception cref="ArgumentException">The first event is not <see cref="CourseOpened"/>, or another is.</exception>
    /// <exception cref="InvalidTransitionException">The events do not follow the workflow.</exception>
    public static TherapyCourse Replay(Protocol protocol, IEnumerable<CourseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(events);
        using var enumerator = events.GetEnumerator();
        if (!enumerator.MoveNext() || enumerator.Current is not CourseOpened opened)
        {
            throw new ArgumentException("A course's events start with CourseOpened.", nameof(events));
        }

        var course = new TherapyCourse(protocol, opened) { replaying = true };
        while (enumerator.MoveNext())
        {
            course.ReplayOne(enumerator.Current);
        }

        course.replaying = false;
        return course;
    }

    /// <summary>True when the course is in <paramref name="phase"/>, or in one of its substates for a superstate.</summary>
    public bool IsIn(TherapyPhase phase) => machine.IsInState(phase);

    /// <summary>True when <paramref name="action"/> is possible now, ignoring conditions on the action's own data.</summary>
    /// <param name="action">The action.</param>
    /// <param name="reasons">Why not: the unmet conditions, or that the action does not apply in this phase.</param>
    public bool CanPerform(TherapyAction action, out IReadOnlyList<string> reasons)
    {
        var ok = machine.CanFire(action, out var unmet);
        reasons = ok ? [] : Explain(action, unmet);
        return ok;
    }

    /// <summary>Stateless's own list of the permitted triggers (its guards called with a null event), for tests.</summary>
    internal Task<IEnumerable<TherapyAction>> PermittedTriggersAsync() => machine.GetPermittedTriggersAsync();

    /// <summary>The workflow's configuration as Stateless describes it, for its diagram exporters.</summary>
    public StateMachineInfo DescribeWorkflow() => machine.GetInfo();

    private void ReplayOne(CourseEvent e)
    {
        switch (e)
        {
            case ScreeningBooked x: Accept(triggers.ScheduleScreening, x); break;
            case AssessmentRecorded x: Accept(triggers.RecordAssessment, x); break;
            case ScreeningBolusGiven x: Accept(triggers.GiveScreeningBolus, x); break;
            case ScreeningOutcomeRecorded x: Accept(triggers.RecordScreeningOutcome, x); break;
            case CandidacyDeclined x: Accept(triggers.DeclareNotACandidate, x); break;
            case ImplantBooked x: Accept(triggers.ScheduleImplant, x); break;
            case ImplantRecorded x: Accept(triggers.RecordImplant, x); break;
            case TitrationStarted x: Accept(triggers.StartTitration, x); break;
            case DoseChanged x: Accept(triggers.ChangeDose, x); break;
            case MaintenanceEntered x: Accept(triggers.EnterMaintenance, x); break;
            case InfusionSuspended x: Accept(triggers.Suspend, x); break;
            case InfusionResumed x: Accept(triggers.Resume, x); break;
            case WithdrawalEmergencyDeclared x: Accept(triggers.DeclareWithdrawalEmergency, x); break;
            case WithdrawalEmergencyResolved x: Accept(triggers.ResolveWithdrawalEmergency, x); break;
            case PumpExplanted x: Accept(triggers.Explant, x); break;
            case PumpRefilled x: Accept(triggers.Refill, x); break;
            case ProgramTransferred x: Accept(triggers.TransferProgram, x); break;
            case AlarmAcknowledged x: Accept(triggers.AcknowledgeAlarm, x); break;
            case AlarmRaised x: Note(x); break;
            case null: throw new ArgumentException("A course event is null.", nameof(e));
            default: throw new ArgumentException($"{e.GetType().Name} cannot be replayed here.", nameof(e));
        }
    }

    private void Accept<TEvent>(CourseMachine.TriggerWithParameters<TEvent> trigger, TEvent e)
        where TEvent : CourseEvent
    {
        InTimeOrder(e);
        machine.Fire(trigger, e);
        Apply(e);
        events.Add(e);
        lastAt = e.At;
    }

    /// <summary>Keeps an event that is no action of the workflow (an alarm): it changes no phase.</summary>
    private void Note(AlarmRaised e)
    {
        InTimeOrder(e);
        Apply(e);
        events.Add(e);
        lastAt = e.At;
    }

    private void InTimeOrder(CourseEvent e)
    {
        var last = lastAt;
        if (e.At < last)
        {
            throw new InvalidInputException("at", $"{e.GetType().Name} at {e.At:u} is before the previous event at {last:u}: record events in time order.");
        }
    }

    private bool Check<TEvent>(CourseMachine.TriggerWithParameters<TEvent> trigger, TEvent e, out IReadOnlyList<string> reasons)
        where TEvent : CourseEvent
    {
        var ok = machine.CanFire(trigger, e, out var unmet);
        reasons = !ok ? Explain(trigger.Trigger, unmet) : OutOfOrder(e);
        return reasons.Count == 0;
    }

    private IReadOnlyList<string> OutOfOrder(CourseEvent e) =>
        e.At < lastAt ? [$"the moment ({e.At:u}) is before the previous event ({lastAt:u})"] : [];

    /// <summary>Why an action is refused: its unmet guards, or where it applies when this phase does not take it.</summary>
    private IReadOnlyList<string> Explain(TherapyAction action, ICollection<string>? unmet) =>
        Unmet(phase, action, unmet) is { Count: > 0 } reasons ? reasons : [$"{action} is not available in phase {phase}"];

    /// <summary>
    /// The unmet guards Stateless reports (none when the phase has no transition for the action). The actions that need a pump
    /// in place have no transition outside those phases; their refusal names that condition.
    /// </summary>
    private static IReadOnlyList<string> Unmet(TherapyPhase phase, TherapyAction action, ICollection<string>? unmet) =>
        unmet is { Count: > 0 } ? [.. unmet.Distinct()]
        : action is TherapyAction.Refill or TherapyAction.TransferProgram ? [$"a pump is implanted (the course is in phase {phase})"]
        : [];

    private void Apply(CourseEvent e)
    {
        switch (e)
        {
            case ScreeningBooked x:
                ScreeningDate ??= x.Date;
                break;
            case AssessmentRecorded x when phase == TherapyPhase.ScreeningScheduled:
                pendingBaseline = x.Scores;
                break;
            case AssessmentRecorded x:
                observations[^1] = observations[^1].WithScoresAt(x.At, x.Scores);
                break;
            case ScreeningBolusGiven x:
                observations.Add(new ScreeningObservation(x.Dose, x.At, pendingBaseline));
                pendingBaseline = null;
                break;
            case ScreeningOutcomeRecorded x:
                outcome = x;
                break;
            case ImplantBooked x:
                ImplantDate = x.Date;
                break;
            case ImplantRecorded x:
                StartInfusion(x.StartDose, x.At);
                break;
            case DoseChanged x:
                if (x.NewDose > CurrentDose)
                {
                    lastIncreaseAt = x.At;
                }

                CurrentDose = x.NewDose;
                break;
            case InfusionSuspended:
                doseBeforeInterruption = CurrentDose;
                break;
            case WithdrawalEmergencyDeclared:
                doseBeforeInterruption ??= CurrentDose;
                break;
            case InfusionResumed x:
                StartInfusion(x.RestartDose, x.At);
                break;
            case WithdrawalEmergencyResolved x:
                StartInfusion(x.RestoredDose, x.At);
                break;
            case PumpExplanted:
                CurrentDose = null;
                break;
            case AlarmRaised x:
                openAlarms.Add(x.Alarm);
                break;
            case AlarmAcknowledged x:
                openAlarms.Remove(x.Alarm);
                break;
        }
    }

    private void StartInfusion(MassFlow dose, DateTimeOffset at)
    {
        CurrentDose = dose;
        infusionStartedAt = at;
        lastIncreaseAt = null;
        doseBeforeInterruption = null;
    }
}

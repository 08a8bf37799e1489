using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Workflow;

// A course's whole state as data, so a snapshot of a patient's course can be saved beside the log and the course resumed
// from it without replaying every event (issue 13). The state machine itself is rebuilt from the protocol; only the
// fields the guards and reads use are kept.
public sealed partial class TherapyCourse
{
    /// <summary>
    /// An independent copy of the course (its state and its events), which can accept events without changing this one:
    /// for asking "what if" of the workflow.
    /// </summary>
    public TherapyCourse Copy()
    {
        var copy = FromState(protocol, Capture());
        copy.events.Clear();
        copy.events.AddRange(events);
        return copy;
    }

    /// <summary>The course's state as the snapshot keeps it.</summary>
    internal CourseState Capture() => new(
        ((CourseOpened)events[0]).At,
        Population,
        Origin,
        phase,
        lastAt,
        [.. observations.Select(o => new ObservationState(o.Dose, o.GivenAt, ScoresState.Of(o.Baseline), [.. o.AfterBolus.Select(t => new TimedScoresState(t.AfterBolus, ScoresState.Of(t.Scores)!))]))],
        [.. openAlarms],
        ScoresState.Of(pendingBaseline),
        outcome is null ? null : new OutcomeState(outcome.At, outcome.Response, outcome.Effect, outcome.AdverseReaction),
        infusionStartedAt,
        lastIncreaseAt,
        doseBeforeInterruption,
        CurrentDose,
        ScreeningDate,
        ImplantDate);

    /// <summary>A course resumed from its captured state, on this protocol's workflow.</summary>
    /// <exception cref="FormatException">The state is not one a course can be in (a snapshot to be ignored).</exception>
    internal static TherapyCourse FromState(Protocol protocol, CourseState state)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(state);
        if (!Enum.IsDefined(state.Phase) || state.LastAt < state.OpenedAt)
        {
            throw new FormatException($"A course cannot be in phase {state.Phase} from {state.OpenedAt:u} to {state.LastAt:u}.");
        }

        var course = new TherapyCourse(protocol, new CourseOpened(state.OpenedAt, state.Population, state.Origin))
        {
            phase = state.Phase,
            lastAt = state.LastAt,
            pendingBaseline = state.PendingBaseline?.Scores(),
            outcome = state.Outcome is { } done ? new ScreeningOutcomeRecorded(done.At, done.Response, done.Effect, done.AdverseReaction) : null,
            infusionStartedAt = state.InfusionStartedAt,
            lastIncreaseAt = state.LastIncreaseAt,
            doseBeforeInterruption = state.DoseBeforeInterruption,
            CurrentDose = state.CurrentDose,
            ScreeningDate = state.ScreeningDate,
            ImplantDate = state.ImplantDate,
        };
        foreach (var o in state.Observations)
        {
            course.observations.Add(ScreeningObservation.Resumed(
                o.Dose,
                o.GivenAt,
                o.Baseline?.Scores(),
                [.. o.AfterBolus.Select(t => new TimedScores(t.AfterBolus, t.Scores.Scores()))]));
        }

        course.openAlarms.UnionWith(state.OpenAlarms);
        return course;
    }
}

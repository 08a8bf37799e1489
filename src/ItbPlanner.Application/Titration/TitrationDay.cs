using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Application.Titration;

/// <summary>
/// Plans a titration day for a patient: the course as the log stood at the step's moment (a patient in maintenance is
/// titrated again), the plan towards a target within the origin's limits, what the limits say about a dose (allowed,
/// allowed with a reason, refused), and the alarm and refill-by dates the new program leads to. The step is then logged
/// as a dose program (<see cref="Recording.RecordEntry"/>).
/// </summary>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: local days.</param>
public sealed class TitrationDay(Protocol protocol, TimeProvider clock)
{
    /// <summary>
    /// The course a step at <paramref name="at"/> is judged by: the course as the log stood then, titrating again when it was
    /// in maintenance; null when no pump was implanted and running then.
    /// </summary>
    public TherapyCourse? CourseAt(PatientFile file, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(file);
        var then = file.CourseAt(at);
        if (then is null || !then.IsIn(TherapyPhase.ImplantedPhases) || then.CurrentDose is null)
        {
            return null;
        }

        return then.Phase == TherapyPhase.Maintenance
            ? TherapyCourse.Replay(protocol, [.. then.Events, new TitrationStarted(then.Events[^1].At)])
            : then;
    }

    /// <summary>The plan from the current dose to <paramref name="target"/>, the first step on the step's own day.</summary>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A target above the hard ceiling.</exception>
    /// <exception cref="Domain.Errors.InvalidInputException">An impossible target.</exception>
    public TitrationPlan Plan(TherapyCourse course, DateTimeOffset at, MassFlow target)
    {
        ArgumentNullException.ThrowIfNull(course);
        var current = course.CurrentDose ?? throw new InvalidOperationException("The course has no dose to titrate from.");
        return TitrationPlanner.Plan(protocol, new TitrationRequest(current, target, course.Origin, clock.LocalDate(at).AddDays(-1), Population: course.Population));
    }

    /// <summary>What the limits say about a new daily dose at <paramref name="at"/>.</summary>
    public DoseDecision Judge(PatientFile file, TherapyCourse course, MassFlow dose, DateTimeOffset at) => DoseDecision.Evaluate(protocol, file, course, dose, at);

    /// <summary>The alarm and refill-by dates after a new dose from the step's day, computed as the schedule will compute them.</summary>
    public ProgramDates DatesAfter(PatientFile file, DateTimeOffset at, MassFlow dose, MassConcentration concentration) =>
        ProgramDates.Estimate(protocol, file, clock.LocalDate(at), clock.LocalTimeZone, dose, concentration);

    /// <summary>The limits of the course's phase in words: step sizes, interval, the usual maximum and the ceiling.</summary>
    public string Limits(TherapyCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var limits = protocol.LimitsFor(course.Population, course.Origin);
        if (course.Phase == TherapyPhase.Maintenance)
        {
            var maintenance = protocol.MaintenanceFor(course.Origin);
            return $"maintenance: at most +{maintenance.MaximumIncrease.Value} / −{maintenance.MaximumDecrease.Value} a change without a reason; usual maximum {limits.UsualMaximum.Value} (soft), ceiling {limits.HardCeiling.Value} (hard)";
        }

        var rule = protocol.TitrationFor(course.Origin);
        return $"{course.Origin.ToString().ToLowerInvariant()}: +{rule.MinimumIncrease.Value} to +{rule.MaximumIncrease.Value} a step, {rule.MinimumInterval.Value} apart (hard); decrease beyond −{rule.MaximumDecrease.Value} needs a reason; usual maximum {limits.UsualMaximum.Value} (soft), ceiling {limits.HardCeiling.Value} (hard)";
    }
}

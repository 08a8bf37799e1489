using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>The screening bolus trial.</summary>
/// <param name="Concentration">The only strength used for screening boluses (50 mcg/mL).</param>
/// <param name="Schedules">The escalation per population (adult 50 → 75 → 100 mcg).</param>
/// <param name="MaximumBolus">No screening bolus above this.</param>
/// <param name="MinimumInterval">Least time between two boluses.</param>
/// <param name="Observation">How long to observe after each bolus.</param>
/// <param name="Assess">What to assess at baseline and after each bolus.</param>
/// <param name="PositiveResponse">What counts as a positive response (the clinician confirms the outcome).</param>
public sealed record ScreeningRules(
    Setting<MassConcentration> Concentration,
    IReadOnlyList<ScreeningSchedule> Schedules,
    Setting<Mass> MaximumBolus,
    Setting<Duration> MinimumInterval,
    Setting<Duration> Observation,
    IReadOnlyList<string> Assess,
    Setting<string> PositiveResponse)
{
    /// <summary>
    /// An optional smaller first bolus for very small children (CHEO, CRITCARE: 25 mcg). It takes the place of the child
    /// schedule's first bolus; the escalation then continues with the schedule's second (75 mcg) and third (100 mcg).
    /// Never offered to adults. Null when the protocol has none.
    /// </summary>
    public Setting<Mass>? SmallChildStart { get; init; }
}

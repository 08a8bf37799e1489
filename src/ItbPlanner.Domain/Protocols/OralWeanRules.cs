using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// How oral baclofen is weaned once ITB works (itb-dosing.md §8 and §10.14): steps of 25–50 % of the dose the wean
/// started from, each reassessed before the next, and the oral ceiling a wean may start from. Immutable.
/// </summary>
/// <param name="MinimumStep">The smallest step a plan may take, as a percentage of the starting daily dose.</param>
/// <param name="MaximumStep">The largest step a plan may take, as a percentage of the starting daily dose (a hard stop above).</param>
/// <param name="ReassessAfter">The least time between two steps: the patient is reassessed before the next.</param>
/// <param name="OralCeiling">The highest oral baclofen daily dose (label 80 mg/day; UK 100 mg/day: DISAGREE, the clinic chooses).</param>
public sealed record OralWeanRules(
    Setting<Percentage> MinimumStep,
    Setting<Percentage> MaximumStep,
    Setting<Duration> ReassessAfter,
    Setting<MassFlow> OralCeiling);

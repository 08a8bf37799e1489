using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Daily titration limits for one origin.</summary>
/// <param name="Origin">Which patients the rule applies to.</param>
/// <param name="MinimumIncrease">Smallest step allowed (spinal 10 %).</param>
/// <param name="MaximumIncrease">Largest step allowed (spinal 30 %).</param>
/// <param name="DefaultIncrease">Step used when none is chosen (spinal 20 %).</param>
/// <param name="MaximumDecrease">Largest single decrease (20 %).</param>
/// <param name="MinimumInterval">Least time between two increases (24 h).</param>
/// <param name="DoseResolution">Doses are rounded down to a multiple of this (0.1 mcg/day).</param>
public sealed record TitrationRule(
    TitrationOrigin Origin,
    Setting<Percentage> MinimumIncrease,
    Setting<Percentage> MaximumIncrease,
    Setting<Percentage> DefaultIncrease,
    Setting<Percentage> MaximumDecrease,
    Setting<Duration> MinimumInterval,
    Setting<MassFlow> DoseResolution);

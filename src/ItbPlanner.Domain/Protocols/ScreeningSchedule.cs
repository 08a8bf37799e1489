using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>The escalating screening boluses for one population, in order.</summary>
/// <param name="Population">Who the schedule is for.</param>
/// <param name="Boluses">The boluses in the order given; each only if the previous response was inadequate.</param>
public sealed record ScreeningSchedule(Population Population, IReadOnlyList<Setting<Mass>> Boluses);

using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Daily-dose limits for one population, like a smart pump's drug library entry.</summary>
/// <param name="Population">Who the limits apply to.</param>
/// <param name="UsualMinimum">Bottom of the usual maintenance range.</param>
/// <param name="UsualMaximum">Top of the usual maintenance range: above it is a warning (soft limit).</param>
/// <param name="HardCeiling">Above it nothing is planned (hard limit).</param>
public sealed record DoseLimits(Population Population, Setting<MassFlow> UsualMinimum, Setting<MassFlow> UsualMaximum, Setting<MassFlow> HardCeiling);

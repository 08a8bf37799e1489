using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks on dose changes at high doses (SAULINO-CMSC: above 20 % a step may be excessive at high doses).</summary>
/// <param name="LargeStep">
/// An increase larger than this taken from a dose at or above the bottom of the origin's usual range is flagged
/// (<c>LARGE_STEP_AT_HIGH_DOSE</c>, a warning).
/// </param>
public sealed record HighDoseRules(Setting<Percentage> LargeStep);

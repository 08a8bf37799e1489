using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks around a concentration change.</summary>
/// <param name="UnbridgedDoseTolerance">An unbridged dose that differs from the intended one by more than this is critical (10 %).</param>
public sealed record ConcentrationChangeRules(Setting<Percentage> UnbridgedDoseTolerance);

using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>A refill at a new concentration, keeping the daily dose.</summary>
/// <param name="Dose">The intended daily dose, before and after the change.</param>
/// <param name="From">The concentration in the pump now (and in its tubing and catheter).</param>
/// <param name="To">The concentration of the new fill.</param>
/// <param name="DeadSpace">The volume of pump tubing and catheter holding the old drug.</param>
/// <param name="Pump">The pump, when known: its minimum rate and labelled strengths are checked; a constant-flow pump is refused (its rate cannot change).</param>
/// <param name="Compounded">The new fill is documented as a compounded product: a strength the pharmacy does not stock only warns.</param>
public sealed record ConcentrationChangeRequest(MassFlow Dose, MassConcentration From, MassConcentration To, DeadSpace DeadSpace, PumpModel? Pump = null, bool Compounded = false);

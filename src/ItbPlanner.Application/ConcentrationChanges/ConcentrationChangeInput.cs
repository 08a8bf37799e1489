using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.ConcentrationChanges;

/// <summary>A refill at a new concentration in a programmable pump.</summary>
/// <param name="Dose">The intended daily dose, before and after the change.</param>
/// <param name="From">The concentration in the pump now.</param>
/// <param name="To">The concentration of the new fill.</param>
/// <param name="DeadSpace">The dead space of the pump tubing and catheter.</param>
/// <param name="PumpId">The pump model's protocol id: its tubing volume and minimum rate.</param>
/// <param name="Compounded">The new strength is a compounded product.</param>
public sealed record ConcentrationChangeInput(MassFlow Dose, MassConcentration From, MassConcentration To, DeadSpaceInput DeadSpace, string? PumpId = null, bool Compounded = false);

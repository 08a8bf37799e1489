using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>A target dose for a constant-flow pump, whose dose changes only with the concentration of the fill.</summary>
/// <param name="Pump">The constant-flow pump model (its fixed rate is a site-verified protocol value).</param>
/// <param name="Dose">The target daily dose.</param>
/// <param name="FillVolume">The volume to prepare; the pump's capacity when not given.</param>
/// <param name="Current">The concentration in the pump now, when known: the working then shows the dose change.</param>
public sealed record ConstantFlowRequest(PumpModel Pump, MassFlow Dose, Volume? FillVolume = null, MassConcentration? Current = null);

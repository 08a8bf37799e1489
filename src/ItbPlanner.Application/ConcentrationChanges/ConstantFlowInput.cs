using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.ConcentrationChanges;

/// <summary>A fill of a constant-flow pump for a daily dose.</summary>
/// <param name="PumpId">The constant-flow pump model's protocol id.</param>
/// <param name="Dose">The intended daily dose.</param>
/// <param name="FillVolume">The volume to prepare (default: the pump's capacity).</param>
/// <param name="Current">The concentration in the pump now, if known.</param>
public sealed record ConstantFlowInput(string PumpId, MassFlow Dose, Volume? FillVolume = null, MassConcentration? Current = null);

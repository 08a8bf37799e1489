using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Flex;

/// <summary>A flex schedule to check.</summary>
/// <param name="Schedule">The steps, in order from 00:00 (front ends read them from text at the unit boundary).</param>
/// <param name="Concentration">The concentration in the reservoir.</param>
/// <param name="PumpId">The pump model's protocol id, for its step limit and minimum rate.</param>
/// <param name="Population">Whose dose limits apply (default: adult).</param>
/// <param name="Origin">The patient's origin, for its usual dose range.</param>
public sealed record FlexCheckRequest(FlexSchedule Schedule, MassConcentration Concentration, string? PumpId = null, Population? Population = null, TitrationOrigin? Origin = null);

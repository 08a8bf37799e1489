using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>What a titration plan is asked for. Immutable.</summary>
/// <param name="From">The current daily dose.</param>
/// <param name="To">The target daily dose.</param>
/// <param name="Origin">The rule set (spinal, cerebral, pediatric).</param>
/// <param name="Start">The date of the current dose; the first step is one interval later.</param>
/// <param name="Step">The step chosen (null: the origin's default increase, or its maximum decrease when going down).</param>
/// <param name="Population">Whose dose limits apply (null: children for a pediatric origin, adults otherwise).</param>
public sealed record TitrationRequest(MassFlow From, MassFlow To, TitrationOrigin Origin, DateOnly Start, Percentage? Step = null, Population? Population = null);

using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.OralWean;

/// <summary>What an oral baclofen wean is planned from. Immutable.</summary>
/// <param name="From">The current oral baclofen daily total.</param>
/// <param name="Start">The day of the first reduced dose.</param>
/// <param name="Step">Each step as a percentage of <paramref name="From"/>; null for the protocol's minimum step (the most cautious).</param>
/// <param name="Every">Time between steps, whole days; null for the protocol's reassessment interval rounded up to whole days.</param>
/// <param name="Tablets">The tablet strengths at hand; empty when daily totals need not be made of whole tablets.</param>
public sealed record OralWeanRequest(MassFlow From, DateOnly Start, Percentage? Step = null, Duration? Every = null, IReadOnlyList<Mass>? Tablets = null);

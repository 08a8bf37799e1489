using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// The usual daily range of one origin where it differs from its population's (adults of cerebral origin run lower:
/// 90–703 mcg/day against the spinal 300–800).
/// </summary>
/// <param name="Origin">Whose usual range it is.</param>
/// <param name="UsualMinimum">Bottom of the origin's usual range.</param>
/// <param name="UsualMaximum">Top of the origin's usual range: above it is a warning (soft limit).</param>
public sealed record OriginUsualRange(TitrationOrigin Origin, Setting<MassFlow> UsualMinimum, Setting<MassFlow> UsualMaximum);

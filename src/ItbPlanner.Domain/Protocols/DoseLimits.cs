using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Daily-dose limits for one population, like a smart pump's drug library entry.</summary>
/// <param name="Population">Who the limits apply to.</param>
/// <param name="UsualMinimum">Bottom of the usual maintenance range.</param>
/// <param name="UsualMaximum">Top of the usual maintenance range: above it is a warning (soft limit).</param>
/// <param name="HardCeiling">Above it nothing is planned (hard limit).</param>
public sealed record DoseLimits(Population Population, Setting<MassFlow> UsualMinimum, Setting<MassFlow> UsualMaximum, Setting<MassFlow> HardCeiling)
{
    /// <summary>Usual ranges of origins that differ from the population's own (adult cerebral); empty when none do.</summary>
    public IReadOnlyList<OriginUsualRange> OriginRanges { get; init; } = [];

    /// <summary>
    /// The origin whose usual range <see cref="UsualMinimum"/> and <see cref="UsualMaximum"/> hold, after
    /// <see cref="ForOrigin"/> chose one; null when they are the population's own.
    /// </summary>
    public TitrationOrigin? UsualRangeOrigin { get; init; }

    /// <summary>Who the usual range is for, in words: "adult", or "adult cerebral" for an origin's own range.</summary>
    public string UsualRangeName =>
        UsualRangeOrigin is { } origin
            ? $"{Population.ToString().ToLowerInvariant()} {origin.ToString().ToLowerInvariant()}"
            : Population.ToString().ToLowerInvariant();

    /// <summary>
    /// The same limits with the usual range of <paramref name="origin"/> when the protocol gives that origin its own
    /// range (the hard ceiling stays the population's); unchanged for no origin or an origin without one.
    /// </summary>
    public DoseLimits ForOrigin(TitrationOrigin? origin) =>
        origin is { } known && OriginRanges.FirstOrDefault(r => r.Origin == known) is { } range
            ? this with { UsualMinimum = range.UsualMinimum, UsualMaximum = range.UsualMaximum, UsualRangeOrigin = known }
            : this;
}

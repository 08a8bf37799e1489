using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>
/// A reservoir part-way through a fill: by <see cref="AsOf"/>, the date the current consumption took over (a dose change
/// or a suspension after the fill), <see cref="Used"/> had left the reservoir at the programmed rates since the fill.
/// The refill dates are then projected from <see cref="AsOf"/> at the current consumption; the stability limit still
/// counts from the fill.
/// </summary>
/// <param name="AsOf">When the current consumption took over; on or after the fill date.</param>
/// <param name="Used">Volume delivered at the programmed rates from the fill to <paramref name="AsOf"/>; not negative.</param>
public sealed record ReservoirUse(DateOnly AsOf, Volume Used)
{
    private readonly Fraction? exactUsed;

    /// <summary>The volume used in mL, exactly (as counted from the programs' doses and concentrations; <see cref="Used"/> is it rounded).</summary>
    internal Fraction ExactUsed
    {
        get => exactUsed ?? Used.Exact();
        init => exactUsed = value;
    }
}

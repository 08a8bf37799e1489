using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Scheduling;

/// <summary>From <see cref="From"/> (a local date) until the next segment, the pump runs at <see cref="Rate"/>.</summary>
/// <param name="From">The first day the rate applies.</param>
/// <param name="Dose">The daily dose programmed (zero while suspended).</param>
/// <param name="Rate">The programmed volume rate (zero while suspended).</param>
/// <param name="Seq">The log event that set it.</param>
public sealed record RateSegment(DateOnly From, MassFlow Dose, VolumeFlow Rate, long Seq)
{
    /// <summary>The concentration the program was set for (zero while suspended): the rate is counted exactly as dose ÷ concentration when it is that quotient.</summary>
    public MassConcentration Concentration { get; init; }

    /// <summary>The rate in mL/day, exactly.</summary>
    internal Fraction ExactRate => ExactRates.Of(Rate, Dose, Concentration);
}

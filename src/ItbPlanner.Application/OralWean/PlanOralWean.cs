using ItbPlanner.Application.Time;
using ItbPlanner.Domain.OralWean;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.OralWean;

/// <summary>Plans an oral baclofen wean on the protocol's oral-wean rules.</summary>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today is the default first day of the wean.</param>
public sealed class PlanOralWean(Protocol protocol, TimeProvider clock)
{
    /// <summary>The wean from <paramref name="from"/> to zero, the first reduced dose on <paramref name="start"/> (default: today).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">An impossible dose, interval or tablet, or no oral-wean rules.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A step outside the protocol's range, or steps closer than its reassessment interval.</exception>
    public OralWeanPlan Plan(MassFlow from, DateOnly? start = null, Percentage? step = null, Duration? every = null, IReadOnlyList<Mass>? tablets = null) =>
        OralWeanPlanner.Plan(protocol, new OralWeanRequest(from, start ?? clock.Today(), step, every, tablets));
}

using ItbPlanner.Application.Protocols;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Flex;

/// <summary>Checks a flex (periodic) schedule: each step's dose, the 24-hour total, the daily volume and the protocol's limits.</summary>
/// <param name="protocol">The protocol in force.</param>
public sealed class CheckFlexSchedule(Protocol protocol)
{
    /// <summary>The schedule's evaluation.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">A step is invalid, or an unknown pump.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A protocol hard limit refuses the schedule.</exception>
    public FlexPlan Check(FlexCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pump = request.PumpId is { } id ? ProtocolLookup.Pump(protocol, id) : null;
        return FlexCalculator.Evaluate(protocol, new FlexRequest(request.Schedule, request.Concentration, pump, request.Population ?? Population.Adult, request.Origin));
    }
}

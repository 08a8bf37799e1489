using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Screening;

namespace ItbPlanner.Application.Screening;

/// <summary>Plans the screening trial from the protocol.</summary>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today is the default first day.</param>
public sealed class PlanScreening(Protocol protocol, TimeProvider clock)
{
    /// <summary>Each bolus: dose, volume at the screening strength, earliest date, observation.</summary>
    /// <exception cref="Domain.Errors.ProtocolLimitException">The protocol's schedule breaks its own maximum.</exception>
    public ScreeningPlan Plan(Population? population = null, DateOnly? start = null) =>
        ScreeningPlanner.Plan(protocol, population ?? Population.Adult, start ?? clock.Today());
}

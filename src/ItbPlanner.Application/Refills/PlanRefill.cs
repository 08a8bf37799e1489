using ItbPlanner.Application.Protocols;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Refills;

/// <summary>
/// Plans a refill: daily volume, low-reservoir alarm, empty and worst-case empty dates, and the refill-by date, with the
/// protocol's checks. In two steps for a front end that reports what it knew when a limit refused it: <see cref="Prepare"/>
/// reads the request (the pump, the consumption), <see cref="Plan(RefillPrepared)"/> computes.
/// </summary>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today is the default refill date.</param>
public sealed class PlanRefill(Protocol protocol, TimeProvider clock)
{
    /// <summary>The pump model a request names.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">Unknown pump.</exception>
    public PumpModel Pump(string id) => ProtocolLookup.Pump(protocol, id);

    /// <summary>The refill date of a request: its own, else today.</summary>
    public DateOnly DateOf(RefillPlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Date ?? clock.Today();
    }

    /// <summary>Reads the request against the protocol.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">Unknown pump, an invalid flex step or bolus allowance.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A flex schedule above the hard ceiling.</exception>
    public RefillPrepared Prepare(RefillPlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pump = Pump(request.PumpId);
        var population = request.Population ?? Population.Adult;
        var (daily, flex) = Consumption.Build(protocol, request.Consumption, request.Concentration, pump, population);
        return new RefillPrepared(
            new RefillRequest(pump, request.Concentration, daily, DateOf(request), population, request.Volume, request.AlarmVolume, request.Booked, WithdrawalRisk: request.WithdrawalRisk, Compounded: request.Compounded),
            flex);
    }

    /// <summary>The plan, with the flex schedule's findings.</summary>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A protocol hard limit refuses the refill.</exception>
    /// <exception cref="Domain.Errors.InvalidInputException">An impossible input (a fill above capacity).</exception>
    public RefillPlan Plan(RefillPrepared prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var plan = RefillCalculator.Plan(prepared.Request, protocol);
        return plan with { Alerts = Consumption.WithFlexAlerts(plan.Alerts, prepared.Flex) };
    }

    /// <summary>Prepares and plans in one step.</summary>
    public RefillPlan Plan(RefillPlanRequest request) => Plan(Prepare(request));
}

using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;

namespace ItbPlanner.Application.Titration;

/// <summary>Plans doses on the protocol: a titration day by day inside the origin's limits, one maintenance change at a refill, the starting dose after a screening.</summary>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today is the default date of the current dose.</param>
public sealed class PlanDoses(Protocol protocol, TimeProvider clock)
{
    /// <summary>The plan from <paramref name="from"/> to <paramref name="to"/>, the first step the day after <paramref name="start"/> (default: today).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">An impossible dose or step.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A step outside the origin's range, or a target above the hard ceiling.</exception>
    public TitrationPlan Plan(MassFlow from, MassFlow to, TitrationOrigin origin, DateOnly? start = null, Percentage? step = null, Population? population = null) =>
        TitrationPlanner.Plan(protocol, new TitrationRequest(from, to, origin, start ?? clock.Today(), step, population));

    /// <summary>One dose change at a refill against the maintenance limits (not yet enforced: see <see cref="MaintenanceChangeResult.EnsureAllowed"/>).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">An impossible dose.</exception>
    public MaintenanceChangeResult CheckMaintenanceChange(MassFlow from, MassFlow to, TitrationOrigin origin, Population? population = null, string? overrideReason = null) =>
        MaintenanceChangeCheck.Check(protocol, new MaintenanceChangeRequest(from, to, origin, population, overrideReason));

    /// <summary>The post-implant starting dose from the effective screening bolus.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">An impossible dose or duration.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A bolus above the screening maximum.</exception>
    public StartDoseResult StartDose(Mass screeningDose, Duration effect, bool adverseReaction) =>
        StartDoseCalculator.Calculate(protocol, screeningDose, effect, adverseReaction);
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>
/// Checks one dose change at a refill against the origin's maintenance limits. A decrease beyond the protocol's maximum
/// raises <c>ABRUPT_DECREASE</c> (critical: withdrawal risk) and an increase beyond it
/// <c>INCREASE_ABOVE_MAINTENANCE_LIMIT</c> (critical: overdose risk); either blocks the change unless an override reason is
/// given, which the result echoes. A target above the population's hard ceiling always blocks (<c>DOSE_ABOVE_HARD_LIMIT</c>).
/// An increase above the protocol's high-dose step taken from a dose at or above the bottom of the origin's usual range is
/// <c>LARGE_STEP_AT_HIGH_DOSE</c> (a warning, never blocking).
/// Changes exactly at a limit are allowed.
/// </summary>
public static class MaintenanceChangeCheck
{
    /// <summary>Checks the change; never throws for a blocked change (see <see cref="MaintenanceChangeResult.EnsureAllowed"/>).</summary>
    /// <exception cref="InvalidInputException">The current dose is not positive or the proposed dose is negative.</exception>
    public static MaintenanceChangeResult Check(Protocol protocol, MaintenanceChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        if (request.From <= MassFlow.Zero)
        {
            throw new InvalidInputException("current dose", $"The current dose must be greater than zero; got {request.From}.");
        }

        SmallestDailyDose.Check(request.From, "current dose");
        SmallestDailyDose.Check(request.To, "proposed dose");
        if (request.To < MassFlow.Zero)
        {
            throw new InvalidInputException("proposed dose", $"The proposed dose must not be negative; got {request.To}.");
        }

        var reason = string.IsNullOrWhiteSpace(request.OverrideReason) ? null : request.OverrideReason.Trim();
        var rule = protocol.MaintenanceFor(request.Origin);
        var population = DoseLimitPopulation.For(request.Origin, request.Population);
        var alerts = new List<Alert>();
        var working = new List<string> { DoseLimitPopulation.Describe(request.Origin, request.Population, population) };
        var limits = protocol.LimitsFor(population, request.Origin);
        var blocking = TargetDoseCheck.Check(limits, request.To, alerts, working, protocol.Screening.MaximumBolus);

        var fraction = (request.To - request.From) / request.From;
        var change = ChangePercent.Between(request.From.MicrogramsPerDay, request.To.MicrogramsPerDay);
        var origin = request.Origin.ToString().ToLowerInvariant();
        working.Add($"Change = ({request.To} − {request.From}) ÷ {request.From} = {change.DisplayChange()}.");
        working.Add($"Maintenance limits for {origin}: up to +{rule.MaximumIncrease.Cite()}, down to −{rule.MaximumDecrease.Cite()} per visit.");

        Alert? limit = null;
        if (fraction > rule.MaximumIncrease.Value.Fraction)
        {
            limit = Alert.Critical(AlertCodes.IncreaseAboveMaintenanceLimit, $"An increase of {change.DisplayChange()} is above the {origin} maintenance maximum of {rule.MaximumIncrease.Value}: overdose risk.");
        }
        else if (-fraction > rule.MaximumDecrease.Value.Fraction)
        {
            limit = Alert.Critical(AlertCodes.AbruptDecrease, $"A decrease of {new Percentage(-change.Percent).DisplayChange()} is larger than the {origin} maintenance maximum of {rule.MaximumDecrease.Value}: withdrawal risk; reduce stepwise.");
        }

        if (limit is not null)
        {
            alerts.Add(limit);
            if (reason is null)
            {
                working.Add($"{limit.Code}: blocked; give an override reason to proceed.");
                blocking ??= limit;
            }
            else
            {
                working.Add($"{limit.Code}: overridden, reason: {reason}.");
            }
        }
        else
        {
            working.Add(reason is null ? "Within the maintenance limits." : $"Within the maintenance limits; the override reason was not needed: {reason}.");
        }

        var highDose = request.To > request.From
            ? LargeStepCheck.Check(protocol.HighDose, limits, [new DoseStepChange("This change", request.From, request.To)], alerts, working)
            : null;
        alerts.AddRange(SiteVerification.Unverified([rule.MaximumIncrease.Source, rule.MaximumDecrease.Source, highDose]));
        return new MaintenanceChangeResult(request.Origin, population, request.From, request.To, change, blocking is null, blocking, reason, alerts, working);
    }
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Dosing;

/// <summary>
/// Checks a daily dose against a population's limits like a smart pump's drug library: above the usual range is a
/// warning (a soft limit), above the hard ceiling nothing is planned (a hard limit).
/// </summary>
public static class DoseLimitCheck
{
    /// <summary>Adds the alerts and working for a dose; throws when the dose is above the hard ceiling.</summary>
    /// <param name="dose">The daily dose to check.</param>
    /// <param name="limits">The population's limits.</param>
    /// <param name="alerts">Alerts found so far; the check appends to it.</param>
    /// <param name="working">Working so far; the check appends to it.</param>
    /// <exception cref="ProtocolLimitException">The dose is above the hard ceiling (<see cref="AlertCodes.DoseAboveHardLimit"/>).</exception>
    public static void Apply(MassFlow dose, DoseLimits limits, List<Alert> alerts, List<string> working)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(working);
        var who = limits.Population.ToString().ToLowerInvariant();
        var perDay = dose.ToUnit(MassFlowUnit.MicrogramPerDay);
        if (dose > limits.HardCeiling.Value)
        {
            var blocking = Alert.Critical(
                AlertCodes.DoseAboveHardLimit,
                $"{perDay.Display()} is above the {who} hard ceiling of {limits.HardCeiling.Value}: nothing is planned above it.");
            alerts.Add(blocking);
            working.Add($"dose check: {perDay.Display()} > hard ceiling {limits.HardCeiling.Cite()}");
            throw new ProtocolLimitException(blocking, alerts, working);
        }

        if (dose > limits.UsualMaximum.Value)
        {
            alerts.Add(Alert.Warning(
                AlertCodes.DoseAboveUsualRange,
                $"{perDay.Display()} is above the usual {who} range ({limits.UsualMinimum.Value}–{limits.UsualMaximum.Value}); confirm it is intended."));
        }

        working.Add($"dose check: {perDay.Display()} against usual maximum {limits.UsualMaximum.Cite()} and hard ceiling {limits.HardCeiling.Cite()}");
    }
}

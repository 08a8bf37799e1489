using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>Checks a target daily dose against a population's usual range (a warning) and hard ceiling (a hard stop).</summary>
internal static class TargetDoseCheck
{
    /// <summary>Adds the findings to <paramref name="alerts"/> and <paramref name="working"/>; returns the blocking alert, if any.</summary>
    public static Alert? Check(DoseLimits limits, MassFlow target, List<Alert> alerts, List<string> working)
    {
        if (target > limits.HardCeiling.Value)
        {
            var blocking = Alert.Critical(AlertCodes.DoseAboveHardLimit, $"The target {target} is above the hard ceiling of {limits.HardCeiling.Value}: no plan is made.");
            alerts.Add(blocking);
            working.Add($"Target {target} is above the hard ceiling {limits.HardCeiling.Cite()}.");
            return blocking;
        }

        working.Add($"Target {target} is within the hard ceiling {limits.HardCeiling.Cite()}.");
        if (target > limits.UsualMaximum.Value)
        {
            alerts.Add(Alert.Warning(AlertCodes.DoseAboveUsualRange, $"The target {target} is above the usual range ({limits.UsualMinimum.Value} to {limits.UsualMaximum.Value}): check the indication and the pump."));
            working.Add($"Target {target} is above the top of the usual range {limits.UsualMaximum.Cite()}.");
        }

        return null;
    }
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>Checks a target daily dose against a population's usual range (a warning) and hard ceiling (a hard stop).</summary>
internal static class TargetDoseCheck
{
    /// <summary>
    /// Adds the findings to <paramref name="alerts"/> and <paramref name="working"/>; returns the blocking alert, if any. A
    /// target given per hour is also checked for hour/day mix-ups against <paramref name="hourlyLimit"/> (the maximum
    /// screening bolus): more in one hour blocks.
    /// </summary>
    public static Alert? Check(DoseLimits limits, MassFlow target, List<Alert> alerts, List<string> working, Setting<Mass>? hourlyLimit = null)
    {
        var hourly = hourlyLimit is not null && target.Unit == MassFlowUnit.MicrogramPerHour
            ? HourlyRateCheck.Check("The target", target, limits, hourlyLimit, null, working)
            : [];
        alerts.AddRange(hourly);
        if (target > limits.HardCeiling.Value)
        {
            var blocking = Alert.Critical(AlertCodes.DoseAboveHardLimit, $"The target {target} is above the hard ceiling of {limits.HardCeiling.Value}: no plan is made.");
            alerts.Add(blocking);
            working.Add($"Target {target} is above the hard ceiling {limits.HardCeiling.Cite()}.");
            return blocking;
        }

        if (hourly.FirstOrDefault(a => a.Code == AlertCodes.HourlyDoseAboveBolusLimit) is { } tooMuchInAnHour)
        {
            return tooMuchInAnHour;
        }

        working.Add($"Target {target} is within the hard ceiling {limits.HardCeiling.Cite()}.");
        if (target > limits.UsualMaximum.Value)
        {
            alerts.Add(Alert.Warning(AlertCodes.DoseAboveUsualRange, $"The target {target} is above the usual {limits.UsualRangeName} range ({limits.UsualMinimum.Value} to {limits.UsualMaximum.Value}): check the indication and the pump."));
            working.Add($"Target {target} is above the top of the usual {limits.UsualRangeName} range {limits.UsualMaximum.Cite()}.");
        }

        return null;
    }
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Dosing;

/// <summary>
/// Hour/day mix-ups in a rate: a rate that delivers more than the protocol's maximum screening bolus in one hour is
/// <c>HOURLY_DOSE_ABOVE_BOLUS_LIMIT</c> (a hard stop for the caller to enforce); a rate typed per hour whose number, read
/// per day, is a dose the patient could be programmed to, while per hour it breaks the hard ceiling (× 24 h) or the
/// hourly limit, is <c>RATE_LOOKS_LIKE_DAILY_DOSE</c> (critical, reported beside any hard stop).
/// </summary>
/// <remarks>
/// "A dose the patient could be programmed to" (the patient's programmable range): at most the population's hard
/// ceiling, and not below the pump's lowest deliverable dose (minimum rate × concentration) when that is known. The
/// message says when the number also lies in the usual range of the patient's origin (or, without an origin, of the
/// population).
/// </remarks>
public static class HourlyRateCheck
{
    /// <summary>Checks one rate and returns its findings (none, one or both codes, critical).</summary>
    /// <param name="what">How the rate is named in messages, e.g. "Step 06:00" or "The dose".</param>
    /// <param name="rate">The rate, in the unit it was given.</param>
    /// <param name="limits">The population's limits, with the origin's usual range when the origin is known.</param>
    /// <param name="maximumBolus">The protocol's maximum screening bolus: the most a rate may deliver in one hour.</param>
    /// <param name="lowestDeliverable">The pump's lowest deliverable dose at the concentration, when known.</param>
    /// <param name="working">Working so far; appended to when something is found.</param>
    public static IReadOnlyList<Alert> Check(string what, MassFlow rate, DoseLimits limits, Setting<Mass> maximumBolus, MassFlow? lowestDeliverable, List<string> working)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(maximumBolus);
        ArgumentNullException.ThrowIfNull(working);
        var alerts = new List<Alert>();
        var perHour = rate.ToUnit(MassFlowUnit.MicrogramPerHour);
        var inOneHour = Mass.FromMicrograms(rate.MicrogramsPerHour);
        var aboveHourly = inOneHour > maximumBolus.Value;
        if (aboveHourly)
        {
            working.Add($"{what}: {perHour.Display()} × 1 h = {inOneHour.Display()} > maximum screening bolus {maximumBolus.Cite()}: more in one hour than the largest single bolus the protocol allows");
            alerts.Add(Alert.Critical(
                AlertCodes.HourlyDoseAboveBolusLimit,
                $"{what} runs at {perHour.Display()}: an hour at that rate delivers {inOneHour.Display()}, more than the largest screening bolus of {maximumBolus.Value}; nothing is planned at that rate."));
        }

        if (rate.Unit != MassFlowUnit.MicrogramPerHour)
        {
            return alerts;
        }

        var perDay = rate.ToUnit(MassFlowUnit.MicrogramPerDay);
        var aboveCeiling = rate > limits.HardCeiling.Value;
        var sameNumberPerDay = MassFlow.FromMicrogramsPerDay(rate.Value);
        var programmable = sameNumberPerDay <= limits.HardCeiling.Value && (lowestDeliverable is not { } floor || sameNumberPerDay >= floor);
        if (!(aboveCeiling || aboveHourly) || !programmable)
        {
            return alerts;
        }

        var usual = sameNumberPerDay >= limits.UsualMinimum.Value && sameNumberPerDay <= limits.UsualMaximum.Value;
        var broken = aboveCeiling
            ? $"{perDay.Display()}, above the hard ceiling of {limits.HardCeiling.Value}"
            : $"{inOneHour.Display()} in one hour, above the largest screening bolus of {maximumBolus.Value}";
        var reading = usual
            ? $"{sameNumberPerDay.Display()} lies in the usual {limits.UsualRangeName} range ({limits.UsualMinimum.Value}–{limits.UsualMaximum.Value})"
            : $"{sameNumberPerDay.Display()} is a dose the patient could be programmed to (at most the hard ceiling of {limits.HardCeiling.Value})";
        working.Add(
            $"{what}: {rate.Display()} per hour is {broken}, while read as per day {reading}" +
            (lowestDeliverable is { } lowest ? $" and not below the pump's lowest deliverable dose, {lowest.Display()}" : string.Empty));
        alerts.Add(Alert.Critical(
            AlertCodes.RateLooksLikeDailyDose,
            $"{what} runs {rate.Display()}, which is {broken}, yet {reading}: was a daily dose typed as an hourly rate? Re-enter it with the unit meant (the per-hour/per-day confusion behind real overdoses)."));
        return alerts;
    }
}

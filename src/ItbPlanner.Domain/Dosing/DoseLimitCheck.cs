using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Dosing;

/// <summary>
/// Checks a daily dose against a population's limits like a smart pump's drug library: above the usual range is a
/// warning (a soft limit), above the hard ceiling nothing is planned (a hard limit). A dose given per hour is also
/// checked for hour/day mix-ups (<see cref="HourlyRateCheck"/>) when the caller gives the hourly limit.
/// </summary>
public static class DoseLimitCheck
{
    /// <summary>Adds the alerts and working for a dose; throws when the dose is above the hard ceiling.</summary>
    /// <param name="dose">The daily dose to check.</param>
    /// <param name="limits">The population's limits.</param>
    /// <param name="alerts">Alerts found so far; the check appends to it.</param>
    /// <param name="working">Working so far; the check appends to it.</param>
    /// <exception cref="ProtocolLimitException">The dose is above the hard ceiling (<see cref="AlertCodes.DoseAboveHardLimit"/>).</exception>
    public static void Apply(MassFlow dose, DoseLimits limits, List<Alert> alerts, List<string> working) =>
        Apply(dose, limits, null, null, alerts, working);

    /// <summary>
    /// As <see cref="Apply(MassFlow, DoseLimits, List{Alert}, List{string})"/>, and for a dose given per hour the
    /// hour/day checks: more than <paramref name="hourlyLimit"/> in one hour is a hard stop
    /// (<see cref="AlertCodes.HourlyDoseAboveBolusLimit"/>), and <see cref="AlertCodes.RateLooksLikeDailyDose"/> is
    /// reported beside any hard stop, named in the exception's message.
    /// </summary>
    /// <param name="dose">The daily dose to check, in the unit it was given.</param>
    /// <param name="limits">The population's limits (with the origin's usual range when known).</param>
    /// <param name="hourlyLimit">The protocol's maximum screening bolus; null skips the hour/day checks.</param>
    /// <param name="lowestDeliverable">The pump's lowest deliverable dose at the concentration, when known.</param>
    /// <param name="alerts">Alerts found so far; the check appends to it.</param>
    /// <param name="working">Working so far; the check appends to it.</param>
    /// <exception cref="ProtocolLimitException">Above the hard ceiling, or above the hourly limit.</exception>
    public static void Apply(MassFlow dose, DoseLimits limits, Setting<Mass>? hourlyLimit, MassFlow? lowestDeliverable, List<Alert> alerts, List<string> working)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(working);
        IReadOnlyList<Alert> hourly = hourlyLimit is not null && dose.Unit == MassFlowUnit.MicrogramPerHour
            ? HourlyRateCheck.Check("The dose", dose, limits, hourlyLimit, lowestDeliverable, working)
            : [];
        alerts.AddRange(hourly);

        var who = limits.Population.ToString().ToLowerInvariant();
        var perDay = dose.ToUnit(MassFlowUnit.MicrogramPerDay);
        if (dose > limits.HardCeiling.Value)
        {
            var blocking = Alert.Critical(
                AlertCodes.DoseAboveHardLimit,
                $"{perDay.Display()} is above the {who} hard ceiling of {limits.HardCeiling.Value}: nothing is planned above it.");
            alerts.Add(blocking);
            working.Add($"dose check: {perDay.Display()} > hard ceiling {limits.HardCeiling.Cite()}");
            throw Blocked(blocking, alerts, working);
        }

        if (hourly.FirstOrDefault(a => a.Code == AlertCodes.HourlyDoseAboveBolusLimit) is { } tooMuchInAnHour)
        {
            throw Blocked(tooMuchInAnHour, alerts, working);
        }

        if (dose > limits.UsualMaximum.Value)
        {
            alerts.Add(Alert.Warning(
                AlertCodes.DoseAboveUsualRange,
                $"{perDay.Display()} is above the usual {limits.UsualRangeName} range ({limits.UsualMinimum.Value}–{limits.UsualMaximum.Value}); confirm it is intended."));
        }

        working.Add($"dose check: {perDay.Display()} against usual maximum {limits.UsualMaximum.Cite()} and hard ceiling {limits.HardCeiling.Cite()}");
    }

    /// <summary>
    /// The exception for a hard stop, most severe alerts first: its message (the one line a script sees) names every
    /// other critical finding too, so a <c>RATE_LOOKS_LIKE_DAILY_DOSE</c> is never hidden behind the ceiling it explains.
    /// </summary>
    /// <param name="blocking">The alert that blocks.</param>
    /// <param name="alerts">Every alert found, the blocking one included.</param>
    /// <param name="working">The working so far, kept with the refusal; none when null.</param>
    public static ProtocolLimitException Blocked(Alert blocking, IEnumerable<Alert> alerts, IReadOnlyList<string>? working = null)
    {
        ArgumentNullException.ThrowIfNull(blocking);
        ArgumentNullException.ThrowIfNull(alerts);
        var ordered = alerts.OrderByDescending(a => a.Severity).ToArray();
        var others = ordered.Where(a => a.Severity == AlertSeverity.Critical && a != blocking).ToArray();
        var reported = others.Length == 0
            ? blocking
            : blocking with { Message = $"{blocking.Message} Also {string.Join(" ", others.Select(a => $"{a.Code}: {a.Message}"))}" };
        return new ProtocolLimitException(reported, [.. ordered.Select(a => a == blocking ? reported : a)], working ?? []);
    }
}

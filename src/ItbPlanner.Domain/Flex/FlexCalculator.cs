using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Flex;

/// <summary>
/// Checks a flex (periodic) schedule: each step's dose, the 24-hour total and daily volume, the pump's step limit and
/// minimum rate, jumps between steps, hour/day mix-ups (a step delivering more than the largest screening bolus in one
/// hour; an hourly rate that looks like a daily dose), and the population's dose limits with the origin's usual range.
/// </summary>
public static class FlexCalculator
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Evaluates a schedule.</summary>
    /// <exception cref="InvalidInputException">The concentration is not positive, or the pump is constant-flow (no flex mode).</exception>
    /// <exception cref="ProtocolLimitException">
    /// The 24-hour total is above the population's hard ceiling (<c>DOSE_ABOVE_HARD_LIMIT</c>), a step delivers more than
    /// the maximum screening bolus in one hour (<c>HOURLY_DOSE_ABOVE_BOLUS_LIMIT</c>), or the lowest step is below the
    /// pump's minimum rate (<c>RATE_BELOW_PUMP_MINIMUM</c>); <see cref="ProtocolLimitException.Alerts"/> carries every
    /// other finding too, and the message names every critical one.
    /// </exception>
    public static FlexPlan Evaluate(Protocol protocol, FlexRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        var concentration = request.Concentration;
        if (concentration <= MassConcentration.Zero)
        {
            throw new InvalidInputException("concentration", $"The concentration must be greater than zero; got {concentration}.");
        }

        if (request.Pump is { Kind: PumpKind.ConstantFlow } constantFlow)
        {
            throw new InvalidInputException("pump", $"{constantFlow.Name} is a constant-flow pump: it has no flex mode.");
        }

        var alerts = new List<Alert>();
        var working = new List<string>();
        var sources = new List<SettingSource>();
        if (request.Pump is { } named)
        {
            working.Add($"pump: {named.Name} ({named.Id})");
        }

        var doses = StepDoses(request.Schedule, working);
        var totalMicrograms = doses.Sum(d => d.Dose.Micrograms);
        var dailyDose = MassFlow.FromMicrogramsPerDay(totalMicrograms);
        working.Add($"24-hour total = {string.Join(" + ", doses.Select(d => d.Dose.Display()))} = {dailyDose.Display()}");
        var dailyVolume = dailyDose.VolumeFlowAt(concentration);
        working.Add($"daily volume = {dailyDose.Display()} ÷ {concentration.Display()} = {dailyVolume.Display()}");

        var stepLimit = CheckStepCount(protocol, request, alerts, working, sources);
        CheckStepJumps(protocol.Flex, request.Schedule, alerts, working, sources);
        var limits = protocol.LimitsFor(request.Population, request.Origin);
        CheckHourlyRates(protocol, limits, request, alerts, working, sources);
        var belowMinimum = CheckMinimumRate(protocol, request, alerts, working, sources);
        Alert? blocking = null;
        sources.AddRange([limits.UsualMaximum.Source, limits.HardCeiling.Source]);
        try
        {
            DoseLimitCheck.Apply(dailyDose, limits, alerts, working);
        }
        catch (ProtocolLimitException limit)
        {
            // Keep going: the exception thrown below carries every finding, the daily-dose-typed-as-hourly one included.
            blocking = alerts.FirstOrDefault(a => a.Code == limit.Code) ?? limit.Blocking;
        }

        blocking ??= alerts.FirstOrDefault(a => a.Code == AlertCodes.HourlyDoseAboveBolusLimit) ?? belowMinimum;
        CheckStocked(protocol, concentration, alerts);
        alerts.AddRange(SiteVerification.Unverified(sources));

        if (blocking is not null)
        {
            throw DoseLimitCheck.Blocked(blocking, alerts);
        }

        return new FlexPlan(doses, concentration, dailyDose, dailyVolume, stepLimit, [.. alerts.OrderByDescending(a => a.Severity)], working)
        {
            Pump = request.Pump,
        };
    }

    private static List<FlexStepDose> StepDoses(FlexSchedule schedule, List<string> working)
    {
        var steps = schedule.Steps;
        var doses = new List<FlexStepDose>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var end = i + 1 < steps.Count ? steps[i + 1].Start : TimeOnly.MinValue;
            var minutes = (i + 1 < steps.Count ? MinutesOf(end) : MinutesPerDay) - MinutesOf(step.Start);

            // Multiply before dividing so that whole-minute steps give exact doses (6 mcg/h over 16 h is 96 mcg, not 95.99…).
            var dose = Mass.FromMicrograms(step.Rate.MicrogramsPerDay * minutes / MinutesPerDay);
            var length = Duration.FromHours(minutes / 60m);
            doses.Add(new FlexStepDose(step, end, length, dose));

            var hourly = step.Rate.Unit == MassFlowUnit.MicrogramPerHour
                ? string.Empty
                : $" (= {step.Rate.ToUnit(MassFlowUnit.MicrogramPerHour).Display()})";
            working.Add($"step {i + 1}, {Time(step.Start)}–{EndText(end)}: {step.Rate.Display()}{hourly} × {LengthText(minutes)} = {dose.Display()}");
        }

        return doses;
    }

    private static int? CheckStepCount(Protocol protocol, FlexRequest request, List<Alert> alerts, List<string> working, List<SettingSource> sources)
    {
        var count = request.Schedule.Steps.Count;
        var pump = request.Pump;
        if (pump?.MaxFlexSteps is { } own)
        {
            sources.Add(own.Source);
            working.Add($"steps: {count}; limit for {pump.Name}: {own.Cite()}");
            if (count > own.Value)
            {
                alerts.Add(Alert.Critical(
                    AlertCodes.TooManySteps,
                    $"The schedule has {count} steps; {pump.Name} accepts at most {own.Value} a day: merge steps before programming."));
            }

            return own.Value;
        }

        var strictest = protocol.Pumps
            .Where(p => p.MaxFlexSteps is not null)
            .MinBy(p => p.MaxFlexSteps!.Value);
        var why = pump is null ? "no pump given" : $"the protocol gives no step limit for {pump.Name}";
        if (strictest?.MaxFlexSteps is not { } limit)
        {
            working.Add($"steps: {count}; {why} and no pump in the protocol has one: the step count is not checked");
            return null;
        }

        sources.Add(limit.Source);
        working.Add($"steps: {count}; {why}: checked against the strictest limit in the protocol, {limit.Cite()} for {strictest.Name}");
        if (count > limit.Value)
        {
            alerts.Add(Alert.Warning(
                AlertCodes.TooManySteps,
                $"The schedule has {count} steps; {strictest.Name} accepts at most {limit.Value} a day: check the patient's pump before programming."));
        }

        return limit.Value;
    }

    private static void CheckStepJumps(FlexRules rules, FlexSchedule schedule, List<Alert> alerts, List<string> working, List<SettingSource> sources)
    {
        var steps = schedule.Steps;
        if (steps.Count < 2)
        {
            return;
        }

        var limit = rules.MaximumStepJump;
        sources.Add(limit.Source);
        working.Add($"rise between consecutive steps (midnight included: last step to first) checked against {limit.Cite()}");
        for (var i = 0; i < steps.Count; i++)
        {
            var previous = steps[(i + steps.Count - 1) % steps.Count];
            var step = steps[i];
            var rise = step.Rate.RatioTo(previous.Rate) - 1m;
            if (rise > limit.Value.Fraction)
            {
                var when = i == 0 ? "At midnight (00:00)" : $"At {Time(step.Start)}";
                alerts.Add(Alert.Warning(
                    AlertCodes.StepJumpAboveLimit,
                    $"{when} the rate rises from {previous.Rate.Display()} to {step.Rate.Display()} (+{(rise * 100m).ToDisplay(1)} %), more than the protocol's {limit.Value.Display()} step limit: check the step is meant."));
            }
        }
    }

    /// <summary>Every step against the hourly limit, and each typed per hour for a daily dose typed in the wrong field.</summary>
    private static void CheckHourlyRates(Protocol protocol, DoseLimits limits, FlexRequest request, List<Alert> alerts, List<string> working, List<SettingSource> sources)
    {
        var maximum = protocol.Screening.MaximumBolus;
        var lowest = LowestDeliverable(request);
        working.Add($"hourly limit: no step may deliver more in one hour than the maximum screening bolus, {maximum.Cite()}");
        foreach (var step in request.Schedule.Steps)
        {
            var found = HourlyRateCheck.Check($"Step {Time(step.Start)}", step.Rate, limits, maximum, lowest, working);
            if (found.Count > 0)
            {
                alerts.AddRange(found);
                sources.AddRange([maximum.Source, limits.HardCeiling.Source, limits.UsualMinimum.Source, limits.UsualMaximum.Source]);
            }
        }
    }

    /// <summary>The pump's lowest deliverable dose at the concentration (minimum rate × concentration), when known.</summary>
    private static MassFlow? LowestDeliverable(FlexRequest request) =>
        request.Pump?.MinimumRate is { } minimum ? minimum.Value * request.Concentration : null;

    /// <summary>The lowest step against the pump's minimum programmable rate (as a refill planned on a flex schedule checks it).</summary>
    private static Alert? CheckMinimumRate(Protocol protocol, FlexRequest request, List<Alert> alerts, List<string> working, List<SettingSource> sources)
    {
        if (request.Pump is not { } pump)
        {
            return null;
        }

        if (pump.MinimumRate is not { } minimum)
        {
            working.Add($"minimum rate: the protocol gives none for {pump.Name}; not checked");
            return null;
        }

        sources.Add(minimum.Source);
        var lowest = request.Schedule.Steps.MinBy(s => s.Rate)!;
        var rate = lowest.Rate.VolumeFlowAt(request.Concentration);
        working.Add($"minimum rate check: the lowest step, {Time(lowest.Start)} {lowest.Rate.Display()} = {rate.Display()} at {request.Concentration.Display()}, against {pump.Name} {minimum.Cite()}");
        if (rate >= minimum.Value)
        {
            return null;
        }

        var suggestion = DeliverableStrength.Strongest(protocol, lowest.Rate, minimum.Value) is { } strength
            ? $"At {strength} that step would be {lowest.Rate.VolumeFlowAt(strength).Display()}."
            : "No stocked strength delivers that step at or above the minimum rate.";
        var blocking = Alert.Critical(
            AlertCodes.RateBelowPumpMinimum,
            $"Step {Time(lowest.Start)} ({lowest.Rate.Display()}) is {rate.Display()} at {request.Concentration.Display()}, below the {pump.Name} ({pump.Id}) minimum programmable rate of {minimum.Value}: the pump cannot deliver it. {suggestion}");
        alerts.Add(blocking);
        return blocking;
    }

    private static void CheckStocked(Protocol protocol, MassConcentration concentration, List<Alert> alerts)
    {
        if (protocol.FindStrength(concentration) is not { UseForRefill: true })
        {
            alerts.Add(Alert.Warning(
                AlertCodes.ConcentrationNotStocked,
                $"{concentration.Display()} is not a stocked refill strength: confirm the product (compounded or diluted)."));
        }
    }

    private static int MinutesOf(TimeOnly time) => (time.Hour * 60) + time.Minute;

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string EndText(TimeOnly end) => end == TimeOnly.MinValue ? "24:00" : Time(end);

    private static string LengthText(int minutes) =>
        minutes % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min");
}

using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Flex;

/// <summary>
/// Checks a flex (periodic) schedule: each step's dose, the 24-hour total and daily volume, the pump's step limit, jumps
/// between steps, hourly rates that look like daily doses, and the population's dose limits.
/// </summary>
public static class FlexCalculator
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Evaluates a schedule.</summary>
    /// <exception cref="InvalidInputException">The concentration is not positive, or the pump is constant-flow (no flex mode).</exception>
    /// <exception cref="ProtocolLimitException">The 24-hour total is above the population's hard ceiling (<c>DOSE_ABOVE_HARD_LIMIT</c>); <see cref="ProtocolLimitException.Alerts"/> carries every other finding too.</exception>
    public static FlexPlan Evaluate(Protocol protocol, FlexRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        var concentration = request.Concentration;
        if (concentration <= MassConcentration.Zero)
        {
            throw new InvalidInputException("--concentration", $"--concentration must be greater than zero; got {concentration}.");
        }

        if (request.Pump is { Kind: PumpKind.ConstantFlow } constantFlow)
        {
            throw new InvalidInputException("--pump", $"{constantFlow.Name} is a constant-flow pump: it has no flex mode.");
        }

        var alerts = new List<Alert>();
        var working = new List<string>();
        var sources = new List<SettingSource>();

        var doses = StepDoses(request.Schedule, working);
        var totalMicrograms = doses.Sum(d => d.Dose.Micrograms);
        var dailyDose = MassFlow.FromMicrogramsPerDay(totalMicrograms);
        working.Add($"24-hour total = {string.Join(" + ", doses.Select(d => d.Dose.Display()))} = {dailyDose.Display()}");
        var dailyVolume = dailyDose.VolumeFlowAt(concentration);
        working.Add($"daily volume = {dailyDose.Display()} ÷ {concentration.Display()} = {dailyVolume.Display()}");

        var stepLimit = CheckStepCount(protocol, request, alerts, working, sources);
        CheckStepJumps(protocol.Flex, request.Schedule, alerts, working, sources);
        var limits = protocol.LimitsFor(request.Population);
        CheckDailyDoseTypedAsHourly(limits, request.Schedule, alerts, working, sources);
        Alert? blocking = null;
        sources.AddRange([limits.UsualMaximum.Source, limits.HardCeiling.Source]);
        try
        {
            DoseLimitCheck.Apply(dailyDose, limits, alerts, working);
        }
        catch (ProtocolLimitException limit)
        {
            // Keep going: the exception thrown below carries every finding, the daily-dose-typed-as-hourly one included.
            blocking = limit.Blocking;
        }

        CheckStocked(protocol, concentration, alerts);
        alerts.AddRange(SiteVerification.Unverified(sources));

        var ordered = alerts.OrderByDescending(a => a.Severity).ToArray();
        if (blocking is not null)
        {
            // The exception's message is the one line a script sees: it names the other critical findings too.
            var others = ordered.Where(a => a.Severity == AlertSeverity.Critical && a != blocking).ToArray();
            var reported = others.Length == 0
                ? blocking
                : blocking with { Message = $"{blocking.Message} Also {string.Join(" ", others.Select(a => $"{a.Code}: {a.Message}"))}" };
            throw new ProtocolLimitException(reported, [.. ordered.Select(a => a == blocking ? reported : a)]);
        }

        return new FlexPlan(doses, concentration, dailyDose, dailyVolume, stepLimit, ordered, working);
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

    private static void CheckDailyDoseTypedAsHourly(DoseLimits limits, FlexSchedule schedule, List<Alert> alerts, List<string> working, List<SettingSource> sources)
    {
        foreach (var step in schedule.Steps.Where(s => s.Rate.Unit == MassFlowUnit.MicrogramPerHour))
        {
            var sameNumberPerDay = MassFlow.FromMicrogramsPerDay(step.Rate.Value);
            if (step.Rate > limits.HardCeiling.Value
                && sameNumberPerDay >= limits.UsualMinimum.Value
                && sameNumberPerDay <= limits.UsualMaximum.Value)
            {
                sources.AddRange([limits.HardCeiling.Source, limits.UsualMinimum.Source, limits.UsualMaximum.Source]);
                var perDay = step.Rate.ToUnit(MassFlowUnit.MicrogramPerDay);
                working.Add(
                    $"step {Time(step.Start)}: {step.Rate.Display()} × 24 h = {perDay.Display()} > hard ceiling {limits.HardCeiling.Cite()}, " +
                    $"while {sameNumberPerDay.Display()} lies in the usual range {limits.UsualMinimum.Value.Display()}–{limits.UsualMaximum.Cite()}");
                alerts.Add(Alert.Critical(
                    AlertCodes.RateLooksLikeDailyDose,
                    $"Step {Time(step.Start)} runs {step.Rate.Display()}, which is {perDay.Display()}, yet {sameNumberPerDay.Display()} would be a usual daily dose: " +
                    "was a daily dose typed as an hourly rate? Re-enter the step with the unit meant (the per-hour/per-day confusion behind real overdoses)."));
            }
        }
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

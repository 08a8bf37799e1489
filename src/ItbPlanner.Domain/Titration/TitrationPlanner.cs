using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>
/// Plans a day-by-day titration within the origin's protocol limits. Increases: the first step one interval (a day) after
/// the start, then one step per interval; each step is the full chosen percentage rounded <b>down</b> to the protocol's
/// dose resolution, so no step exceeds the percentage, the plan takes as few days as the limit allows, and the last step
/// lands exactly on the target. No tiny last step: when what is left after a full step is below the origin's minimum
/// increase, it is merged into that step if the merged step stays within the origin's maximum; otherwise the last two
/// steps are rebalanced so that the last is at least the minimum. Decreases: the same with steps of at most the
/// protocol's maximum decrease, rounded <b>up</b> to the resolution so no step cuts more than allowed. An increase above
/// the protocol's high-dose step taken from a dose at or above the bottom of the origin's usual range is flagged
/// <c>LARGE_STEP_AT_HIGH_DOSE</c> (a warning).
/// </summary>
public static class TitrationPlanner
{
    /// <summary>Builds the plan.</summary>
    /// <exception cref="InvalidInputException">A dose is not positive, the step is not positive, or the dose is too small to move at that step and resolution.</exception>
    /// <exception cref="ProtocolLimitException">
    /// The target is above the hard ceiling (<c>DOSE_ABOVE_HARD_LIMIT</c>), or the step is outside the origin's range
    /// (<c>STEP_ABOVE_PROTOCOL_LIMIT</c>, <c>STEP_BELOW_PROTOCOL_MINIMUM</c>).
    /// </exception>
    public static TitrationPlan Plan(Protocol protocol, TitrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        if (request.From <= MassFlow.Zero)
        {
            throw new InvalidInputException("current dose", $"The current dose must be greater than zero; got {request.From}.");
        }

        if (request.To <= MassFlow.Zero)
        {
            throw new InvalidInputException("target dose", $"The target dose must be greater than zero; got {request.To} (stopping ITB is not a titration).");
        }

        if (request.Step is { } given && given.Percent <= 0)
        {
            throw new InvalidInputException("step", $"The step must be greater than zero; got {given}.");
        }

        var rule = protocol.TitrationFor(request.Origin);
        var population = DoseLimitPopulation.For(request.Origin, request.Population);
        var alerts = new List<Alert>();
        var working = new List<string> { DoseLimitPopulation.Describe(request.Origin, request.Population, population) };
        var limits = protocol.LimitsFor(population, request.Origin);
        if (TargetDoseCheck.Check(limits, request.To, alerts, working, protocol.Screening.MaximumBolus) is { } tooHigh)
        {
            throw DoseLimitCheck.Blocked(tooHigh, alerts);
        }

        var increase = request.To >= request.From;
        var origin = request.Origin.ToString().ToLowerInvariant();
        Percentage step;
        if (increase)
        {
            step = request.Step ?? rule.DefaultIncrease.Value;
            working.Add($"Origin {origin}: each increase from {rule.MinimumIncrease.Cite()} to {rule.MaximumIncrease.Cite()}; step {(request.Step is null ? rule.DefaultIncrease.Cite() : $"{step} (chosen)")}.");
            if (step > rule.MaximumIncrease.Value)
            {
                throw Blocked(Alert.Critical(AlertCodes.StepAboveProtocolLimit, $"A {step} step is above the {origin} maximum of {rule.MaximumIncrease.Value} per step."), alerts);
            }

            if (step < rule.MinimumIncrease.Value)
            {
                throw Blocked(Alert.Warning(AlertCodes.StepBelowProtocolMinimum, $"A {step} step is below the {origin} minimum of {rule.MinimumIncrease.Value} per step."), alerts);
            }
        }
        else
        {
            step = request.Step ?? rule.MaximumDecrease.Value;
            working.Add($"Origin {origin}: each decrease at most {rule.MaximumDecrease.Cite()}; step {(request.Step is null ? "the maximum" : $"{step} (chosen)")}.");
            if (step > rule.MaximumDecrease.Value)
            {
                throw Blocked(Alert.Critical(AlertCodes.StepAboveProtocolLimit, $"A {step} decrease is above the {origin} maximum decrease of {rule.MaximumDecrease.Value} per step."), alerts);
            }
        }

        var resolution = rule.DoseResolution.Value.MicrogramsPerDay;
        var daysApart = (int)Math.Max(1m, Math.Ceiling(rule.MinimumInterval.Value.Days));
        working.Add($"One step every {daysApart} day(s), at least {rule.MinimumInterval.Cite()} apart; the first on {request.Start.AddDays(daysApart):yyyy-MM-dd}.");
        working.Add(increase
            ? $"Next dose = previous × (1 + {step}), rounded down to {rule.DoseResolution.Cite()}; the last step is the target."
            : $"Next dose = previous × (1 − {step}), rounded up to {rule.DoseResolution.Cite()}; the last step is the target.");

        var steps = Steps(request, step, rule, resolution, daysApart, increase, working);
        if (steps.Count == 0)
        {
            working.Add($"Already at the target {request.To}: no steps.");
        }
        else
        {
            var first = steps[0];
            working.Add($"Step 1 on {first.Date:yyyy-MM-dd}: {request.From} → {first.Dose} ({Signed(first.Change)}).");
            working.Add($"{steps.Count} step(s), the last on {steps[^1].Date:yyyy-MM-dd} at exactly {request.To}: every step before the last two is the full {step}, so no plan within the limit is shorter.");
        }

        SettingSource? highDose = null;
        if (increase)
        {
            var previous = request.From;
            var changes = new List<DoseStepChange>();
            foreach (var s in steps)
            {
                changes.Add(new DoseStepChange($"{s.Date:yyyy-MM-dd}", previous, s.Dose));
                previous = s.Dose;
            }

            highDose = LargeStepCheck.Check(protocol.HighDose, limits, changes, alerts, working);
        }

        alerts.AddRange(SiteVerification.Unverified([rule.MinimumIncrease.Source, rule.MaximumIncrease.Source, rule.DefaultIncrease.Source, rule.MaximumDecrease.Source, rule.MinimumInterval.Source, rule.DoseResolution.Source, highDose]));
        return new TitrationPlan(request.Origin, population, request.From, request.To, step, steps, alerts, working);
    }

    private static List<TitrationStep> Steps(TitrationRequest request, Percentage step, TitrationRule rule, decimal resolution, int daysApart, bool increase, List<string> working)
    {
        var target = request.To.MicrogramsPerDay;
        var current = request.From.MicrogramsPerDay;
        var date = request.Start;
        var steps = new List<TitrationStep>();
        while (current != target)
        {
            decimal next;
            if (increase)
            {
                next = Math.Floor(current * (1m + step.Fraction) / resolution) * resolution;
                next = Math.Min(next, target);
                if (next < target && target < next * (1m + rule.MinimumIncrease.Value.Fraction))
                {
                    next = NoTinyLastStep(current, next, target, rule, resolution, working);
                }
            }
            else
            {
                next = Math.Ceiling(current * (1m - step.Fraction) / resolution) * resolution;
                next = Math.Max(next, target);
            }

            if (increase ? next <= current : next >= current)
            {
                throw new InvalidInputException("current dose", $"A dose of {MassFlow.FromMicrogramsPerDay(current)} cannot move by {step} in steps of {resolution.ToInvariant()} mcg/day: choose a larger step or dose.");
            }

            date = date.AddDays(daysApart);
            steps.Add(new TitrationStep(date, MassFlow.FromMicrogramsPerDay(next.Normalize()), ChangePercent.Between(current, next)));
            current = next;
        }

        return steps;
    }

    /// <summary>
    /// The step from <paramref name="current"/> when a full step to <paramref name="full"/> would leave less than the
    /// minimum increase to <paramref name="target"/>: the target itself when that stays within the maximum (the tiny rest
    /// merged), else a dose that leaves exactly enough for a last step of at least the minimum (rounded down to the
    /// resolution), else the full step when neither fits the limits.
    /// </summary>
    private static decimal NoTinyLastStep(decimal current, decimal full, decimal target, TitrationRule rule, decimal resolution, List<string> working)
    {
        var minimum = rule.MinimumIncrease.Value;
        var maximum = rule.MaximumIncrease.Value;
        var rest = ChangePercent.Between(full, target);
        var from = MassFlow.FromMicrogramsPerDay(current.Normalize());
        var to = MassFlow.FromMicrogramsPerDay(target.Normalize());
        var fullDose = MassFlow.FromMicrogramsPerDay(full.Normalize());
        if (target <= current * (1m + maximum.Fraction))
        {
            working.Add($"No tiny last step: after {fullDose} only +{rest.DisplayChange()} would be left, below the minimum {rule.MinimumIncrease.Cite()}; merged into the step before, {from} → {to} (+{ChangePercent.Between(current, target).DisplayChange()}), within the maximum {rule.MaximumIncrease.Cite()}.");
            return target;
        }

        var before = Math.Floor(target / (1m + minimum.Fraction) / resolution) * resolution;
        if (before > current && before <= full && before >= current * (1m + minimum.Fraction))
        {
            var beforeDose = MassFlow.FromMicrogramsPerDay(before.Normalize());
            working.Add($"No tiny last step: after {fullDose} only +{rest.DisplayChange()} would be left, below the minimum {rule.MinimumIncrease.Cite()}, and {from} → {to} in one step would exceed the maximum {rule.MaximumIncrease.Cite()}; the last two steps are rebalanced: {from} → {beforeDose} → {to}.");
            return before;
        }

        working.Add($"After {fullDose} only +{rest.DisplayChange()} is left, below the minimum {rule.MinimumIncrease.Cite()}; neither merging nor rebalancing fits the origin's limits, so the small last step stays.");
        return full;
    }

    private static ProtocolLimitException Blocked(Alert blocking, List<Alert> alerts)
    {
        alerts.Add(blocking);
        return new ProtocolLimitException(blocking, alerts);
    }

    private static string Signed(Percentage change) => change.Percent > 0 ? $"+{change.DisplayChange()}" : change.DisplayChange();
}

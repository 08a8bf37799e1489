using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>
/// Plans a day-by-day titration within the origin's protocol limits. Increases: the first step one interval (a day) after
/// the start, then one step per interval; each step is the full chosen percentage rounded <b>down</b> to the protocol's
/// dose resolution, so no step exceeds the percentage, the plan takes as few days as the limit allows, and the last step
/// lands exactly on the target. Decreases: the same with steps of at most the protocol's maximum decrease, rounded
/// <b>up</b> to the resolution so no step cuts more than allowed.
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
            throw new InvalidInputException("--from", $"The current dose must be greater than zero; got {request.From}.");
        }

        if (request.To <= MassFlow.Zero)
        {
            throw new InvalidInputException("--to", $"The target dose must be greater than zero; got {request.To} (stopping ITB is not a titration).");
        }

        if (request.Step is { } given && given.Percent <= 0)
        {
            throw new InvalidInputException("--step", $"The step must be greater than zero; got {given}.");
        }

        var rule = protocol.TitrationFor(request.Origin);
        var population = DoseLimitPopulation.For(request.Origin, request.Population);
        var alerts = new List<Alert>();
        var working = new List<string> { DoseLimitPopulation.Describe(request.Origin, request.Population, population) };
        if (TargetDoseCheck.Check(protocol.LimitsFor(population), request.To, alerts, working) is { } tooHigh)
        {
            throw new ProtocolLimitException(tooHigh, alerts);
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

        var steps = Steps(request, step, resolution, daysApart, increase);
        if (steps.Count == 0)
        {
            working.Add($"Already at the target {request.To}: no steps.");
        }
        else
        {
            var first = steps[0];
            working.Add($"Step 1 on {first.Date:yyyy-MM-dd}: {request.From} → {first.Dose} ({Signed(first.Change)}).");
            working.Add($"{steps.Count} step(s), the last on {steps[^1].Date:yyyy-MM-dd} at exactly {request.To}: every step but the last is the full {step}, so no plan within the limit is shorter.");
        }

        alerts.AddRange(SiteVerification.Unverified([rule.MinimumIncrease.Source, rule.MaximumIncrease.Source, rule.DefaultIncrease.Source, rule.MaximumDecrease.Source, rule.MinimumInterval.Source, rule.DoseResolution.Source]));
        return new TitrationPlan(request.Origin, population, request.From, request.To, step, steps, alerts, working);
    }

    private static List<TitrationStep> Steps(TitrationRequest request, Percentage step, decimal resolution, int daysApart, bool increase)
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
            }
            else
            {
                next = Math.Ceiling(current * (1m - step.Fraction) / resolution) * resolution;
                next = Math.Max(next, target);
            }

            if (increase ? next <= current : next >= current)
            {
                throw new InvalidInputException("--from", $"A dose of {MassFlow.FromMicrogramsPerDay(current)} cannot move by {step} in steps of {resolution.ToInvariant()} mcg/day: choose a larger step or dose.");
            }

            date = date.AddDays(daysApart);
            steps.Add(new TitrationStep(date, MassFlow.FromMicrogramsPerDay(next.Normalize()), ChangePercent.Between(current, next)));
            current = next;
        }

        return steps;
    }

    private static ProtocolLimitException Blocked(Alert blocking, List<Alert> alerts)
    {
        alerts.Add(blocking);
        return new ProtocolLimitException(blocking, alerts);
    }

    private static string Signed(Percentage change) => change.Percent > 0 ? $"+{change}" : change.ToString();
}

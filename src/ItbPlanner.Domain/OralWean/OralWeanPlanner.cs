using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.OralWean;

/// <summary>
/// Plans the oral baclofen wean after ITB works (itb-dosing.md §8, §10.14; SAULINO-CMSC): steps of a chosen percentage
/// of the <b>starting</b> daily total, within the protocol's 25–50 %, so the plan lands on zero in a known number of
/// steps; each step at least the reassessment interval after the one before, in whole days. Step k aims at
/// start × (1 − k × step); the daily total is the smallest the tablets make at or above that aim and at or above the
/// previous total less the protocol's maximum step of the start, so rounding to tablets keeps the patient on more drug,
/// never cuts more than the maximum, and never goes below zero. The day-by-day schedule is the clinic's
/// (UNCONFIRMED in the reference): every number comes from the protocol or the user.
/// </summary>
public static class OralWeanPlanner
{
    /// <summary>Most steps a plan may have: more means a step too small to matter (5 % of 100 mg/day is 20 steps).</summary>
    private const int MaximumSteps = 100;

    /// <summary>Most distinct daily totals searched when making totals from tablets.</summary>
    private const int MaximumTotals = 1_000_000;

    /// <summary>Builds the plan.</summary>
    /// <exception cref="InvalidInputException">
    /// The protocol has no <c>oralWean</c> section, the dose or a tablet is not positive, the interval is not whole days,
    /// or the tablets cannot make a step within the limit.
    /// </exception>
    /// <exception cref="ProtocolLimitException">
    /// The step is above the protocol's maximum (<c>STEP_ABOVE_PROTOCOL_LIMIT</c>) or below its minimum
    /// (<c>STEP_BELOW_PROTOCOL_MINIMUM</c>), or the steps are closer than the reassessment interval (<c>ORAL_WEAN_STEP_TOO_SOON</c>).
    /// </exception>
    public static OralWeanPlan Plan(Protocol protocol, OralWeanRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        var rules = protocol.OralWean
            ?? throw new InvalidInputException("oral wean rules", $"The protocol {protocol.Title} has no oralWean section: add one (protocols/README.md) before planning an oral wean.");
        if (request.From <= MassFlow.Zero)
        {
            throw new InvalidInputException("current oral dose", $"The current oral daily dose must be greater than zero; got {request.From}.");
        }

        if (request.Step is { } given && given.Percent <= 0)
        {
            throw new InvalidInputException("step", $"The step must be greater than zero; got {given}.");
        }

        var tablets = (request.Tablets ?? []).Distinct().OrderByDescending(t => t).ToList();
        if (tablets.Any(t => t <= Mass.Zero))
        {
            throw new InvalidInputException("tablet", $"A tablet strength must be greater than zero; got {tablets.First(t => t <= Mass.Zero)}.");
        }

        var alerts = new List<Alert>();
        var working = new List<string>();
        var step = request.Step ?? rules.MinimumStep.Value;
        working.Add($"Oral baclofen wean (reference §10.14): each step cuts from {rules.MinimumStep.Cite()} to {rules.MaximumStep.Cite()} of the starting daily dose; step {(request.Step is null ? "the protocol minimum, " + step : step + " (chosen)")}.");
        if (step > rules.MaximumStep.Value)
        {
            throw Blocked(Alert.Critical(AlertCodes.StepAboveProtocolLimit, $"A {step} oral wean step is above the protocol's maximum of {rules.MaximumStep.Value} of the starting dose per step."), alerts, working);
        }

        if (step < rules.MinimumStep.Value)
        {
            throw Blocked(Alert.Warning(AlertCodes.StepBelowProtocolMinimum, $"A {step} oral wean step is below the protocol's minimum of {rules.MinimumStep.Value} of the starting dose per step."), alerts, working);
        }

        var daysApart = DaysApart(request.Every, rules, alerts, working);
        CheckCeiling(request.From, rules, alerts, working);

        var from = request.From.MilligramsPerDay;
        var cut = from * step.Fraction;
        var maximumCut = from * rules.MaximumStep.Value.Fraction;
        working.Add($"Step = {step} × {Mg(from)} = {Mg(cut)}; no step cuts more than {rules.MaximumStep.Value} × {Mg(from)} = {Mg(maximumCut)}.");
        var totals = tablets.Count == 0 ? null : TabletTotals.For(tablets, from, MaximumTotals);
        working.Add(totals is null
            ? "No tablet strengths given: daily totals are not rounded to tablets."
            : $"Tablets {string.Join(", ", tablets)}: each daily total is the smallest whole tablets make at or above step k's aim, start × (1 − k × {step}), and at or above the previous total less {Mg(maximumCut)}: rounding keeps more drug, never a bigger cut.");

        var steps = Steps(request, from, cut, maximumCut, daysApart, totals, tablets);
        working.Add(Schedule(steps, daysApart));
        alerts.AddRange(SiteVerification.Unverified([rules.MinimumStep.Source, rules.MaximumStep.Source, rules.ReassessAfter.Source, rules.OralCeiling.Source]));
        return new OralWeanPlan(request.From, step, MassFlow.FromMilligramsPerDay(maximumCut.Normalize()), daysApart, tablets, steps, alerts, working);
    }

    /// <summary>The working's line that dates the plan: its first day and the day it reaches zero (see <see cref="OralWeanPlan.Redated"/>).</summary>
    internal static string Schedule(IReadOnlyList<OralWeanStep> steps, int daysApart) =>
        $"{steps.Count} step(s) from {steps[0].Date:yyyy-MM-dd}, one every {daysApart} day(s); zero on {steps[^1].Date:yyyy-MM-dd}.";

    private static int DaysApart(Duration? every, OralWeanRules rules, List<Alert> alerts, List<string> working)
    {
        var minimum = rules.ReassessAfter.Value;
        if (every is { } chosen)
        {
            if (chosen < minimum)
            {
                throw Blocked(Alert.Critical(AlertCodes.OralWeanStepTooSoon, $"Oral wean steps {chosen} apart are closer than the protocol's reassessment interval of {minimum}."), alerts, working);
            }

            if (chosen.Days <= 0 || chosen.Days != Math.Floor(chosen.Days))
            {
                throw new InvalidInputException("every", $"Oral wean steps are whole days apart (a daily total changes on a calendar day); got {chosen}.");
            }
        }

        var days = every is { } e ? (int)e.Days : (int)Math.Max(1m, Math.Ceiling(minimum.Days));
        working.Add($"One step every {days} day(s) ({(every is null ? "the protocol's interval in whole days" : "chosen")}), at least {rules.ReassessAfter.Cite()} apart: reassess before the next step.");
        return days;
    }

    private static void CheckCeiling(MassFlow from, OralWeanRules rules, List<Alert> alerts, List<string> working)
    {
        if (from > rules.OralCeiling.Value)
        {
            alerts.Add(Alert.Warning(AlertCodes.OralDoseAboveCeiling, $"The starting oral dose {from} is above the protocol's oral ceiling of {rules.OralCeiling.Value}."));
            working.Add($"The starting dose {from} is above the oral ceiling {rules.OralCeiling.Cite()}; the wean takes it down all the same.");
        }
        else
        {
            working.Add($"The starting dose {from} is within the oral ceiling {rules.OralCeiling.Cite()}.");
        }
    }

    private static List<OralWeanStep> Steps(OralWeanRequest request, decimal from, decimal cut, decimal maximumCut, int daysApart, TabletTotals? totals, IReadOnlyList<Mass> tablets)
    {
        var steps = new List<OralWeanStep>();
        var previous = from;
        for (var k = 1; previous > 0m; k++)
        {
            if (k > MaximumSteps)
            {
                throw new InvalidInputException("step", $"The wean would take more than {MaximumSteps} steps: choose a larger step or tablet.");
            }

            var aim = Math.Max(0m, from - (k * cut));
            var lowest = Math.Max(aim, previous - maximumCut);
            var next = totals is null ? lowest : totals.AtOrAbove(lowest);
            if (next is not { } total || total >= previous)
            {
                throw new InvalidInputException("tablet", $"No daily total that the tablets ({string.Join(", ", tablets)}) make lies between {Mg(previous - maximumCut)} and {Mg(previous)}: give a smaller tablet strength.");
            }

            var date = request.Start.AddDays((k - 1) * daysApart);
            steps.Add(new OralWeanStep(
                date,
                MassFlow.FromMilligramsPerDay(total.Normalize()),
                MassFlow.FromMilligramsPerDay((previous - total).Normalize()),
                Percentage.FromFraction((previous - total) / from),
                totals?.Make(total) ?? []));
            previous = total;
        }

        return steps;
    }

    private static string Mg(decimal milligramsPerDay) => MassFlow.FromMilligramsPerDay(milligramsPerDay.Normalize()).Display();

    private static ProtocolLimitException Blocked(Alert blocking, List<Alert> alerts, List<string> working)
    {
        alerts.Add(blocking);
        return new ProtocolLimitException(blocking, alerts, working);
    }
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>
/// SAULINO-CMSC: above 20 % a step may be excessive at high doses; the top of the range is fine at low doses. An increase
/// larger than the protocol's high-dose step taken from a dose at or above the bottom of the origin's usual range is
/// <c>LARGE_STEP_AT_HIGH_DOSE</c>, one warning naming every such step.
/// </summary>
internal static class LargeStepCheck
{
    /// <summary>Adds the warning when any change is a large step at a high dose.</summary>
    /// <param name="rules">The protocol's high-dose rules; null: nothing is checked.</param>
    /// <param name="limits">The dose limits with the origin's usual range.</param>
    /// <param name="changes">The changes to check; decreases are ignored.</param>
    /// <param name="alerts">Alerts so far; appended to.</param>
    /// <param name="working">Working so far; appended to.</param>
    /// <returns>The high-dose setting's source when it raised the warning (for the result's site-verification alert), else null.</returns>
    public static SettingSource? Check(HighDoseRules? rules, DoseLimits limits, IReadOnlyList<DoseStepChange> changes, List<Alert> alerts, List<string> working)
    {
        if (rules is null || changes.Count == 0)
        {
            return null;
        }

        var large = rules.LargeStep.Value;
        var high = limits.UsualMinimum;
        var flagged = changes
            .Where(c => c.From > MassFlow.Zero && c.From >= high.Value && (c.To - c.From) / c.From > large.Fraction)
            .ToList();
        working.Add($"High-dose steps: an increase above {rules.LargeStep.Cite()} taken from a dose at or above the bottom of the usual {limits.UsualRangeName} range, {high.Cite()}, is flagged.");
        if (flagged.Count == 0)
        {
            return null;
        }

        var list = string.Join(", ", flagged.Select(c => $"{c.When}: {c.From.Display()} → {c.To.Display()} (+{ChangePercent.Between(c.From.MicrogramsPerDay, c.To.MicrogramsPerDay).DisplayChange()})"));
        working.Add($"Large steps at a high dose: {list}.");
        alerts.Add(Alert.Warning(
            AlertCodes.LargeStepAtHighDose,
            $"{list}: {(flagged.Count == 1 ? "an increase" : "increases")} above {large.DisplayChange()} at or above the usual {limits.UsualRangeName} range (from {high.Value.Display()}) may be excessive at high doses; consider smaller steps."));
        return rules.LargeStep.Source;
    }
}

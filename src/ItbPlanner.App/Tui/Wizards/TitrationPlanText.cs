using ItbPlanner.App.Tui.Models;
using ItbPlanner.Application.Titration;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>A titration day's plan in words, at bedside precision: the steps to the target as a table, and today's proposal. Pure.</summary>
internal static class TitrationPlanText
{
    /// <summary>The table's width in columns.</summary>
    public const int TableWidth = 36;

    /// <summary>The plan's steps as table lines (a header, then one line per step; the rest counted on the last line).</summary>
    public static string Table(TitrationDayModel model, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(model);
        var steps = model.Plan.Steps;
        var lines = new List<string> { Row("Day", "Daily dose", "Change"), Row("now", Figures.Of(model.Current), string.Empty) };
        var room = Math.Max(1, maxLines - lines.Count);
        var shown = steps.Count <= room ? steps.Count : room - 1;
        lines.AddRange(steps.Take(shown).Select(s => Row(Figures.Of(s.Date), Figures.Of(s.Dose), Change(s.Change.Percent))));
        if (shown < steps.Count)
        {
            lines.Add($"… {steps.Count - shown} more to {Figures.Of(model.Plan.To)}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>Today's proposal and what the limits say about it.</summary>
    public static string Proposal(TitrationDayModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Proposed is not { } step)
        {
            return $"Proposed today: none — {Figures.Of(model.Current)} is the target.";
        }

        var text = $"Proposed today: {Figures.Of(step.Dose)} ({Change(step.Change.Percent)})";
        return model.ProposedDecision?.Verdict switch
        {
            DoseVerdict.Refused => $"{text} — not now: {string.Join("; ", model.ProposedDecision.Reasons)}",
            DoseVerdict.NeedsReason => $"{text} — needs a reason: {string.Join("; ", model.ProposedDecision.Reasons)}",
            _ => text + " — within the limits.",
        };
    }

    /// <summary>A change in percent, signed, to 0.1 %.</summary>
    public static string Change(decimal percent) =>
        (percent > 0 ? "+" : string.Empty) + decimal.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %";

    /// <summary>The change from one dose to another in percent.</summary>
    public static string Change(MassFlow from, MassFlow to) => from == MassFlow.Zero ? "—" : Change((to - from) / from * 100m);

    private static string Row(string day, string dose, string change) => $"{day,-14} {dose,13} {change,7}";
}

using System.Globalization;
using ItbPlanner.Domain.OralWean;
using ItbPlanner.Domain.Quantities;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>An oral baclofen wean plan: one row per step, alerts and working. Pure.</summary>
internal static class OralWeanView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(OralWeanPlan plan, string protocolTitle)
    {
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle(TerminalText.Markup($"Oral baclofen wean — from {plan.From.Display()}, steps of {plan.Step} of the start, every {plan.DaysApart} day(s)")),
        };
        table.AddColumn("Date");
        table.AddColumn(new TableColumn("Daily total").RightAligned());
        table.AddColumn(new TableColumn("Cut").RightAligned());
        table.AddColumn(new TableColumn("Of start").RightAligned());
        if (plan.Tablets.Count > 0)
        {
            table.AddColumn("Tablets a day");
        }

        foreach (var step in plan.Steps)
        {
            var cells = new List<IRenderable>
            {
                new Text(step.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new Markup(TerminalText.Markup(step.DailyDose.Display())),
                new Markup(TerminalText.Markup("−" + step.Cut.Display())),
                new Markup(TerminalText.Markup(step.CutOfStart.DisplayChange())),
            };
            if (plan.Tablets.Count > 0)
            {
                cells.Add(new Text(step.Tablets.Count == 0 ? "none (stopped)" : string.Join(" + ", step.Tablets)));
            }

            table.AddRow(cells);
        }

        return new Rows(
            table,
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }
}

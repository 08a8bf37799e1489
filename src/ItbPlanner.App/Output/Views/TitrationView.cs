using System.Globalization;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A titration plan: one row per day, alerts and working. Pure.</summary>
internal static class TitrationView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(TitrationPlan plan, string protocolTitle)
    {
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle(TerminalText.Markup($"Titration — {plan.Origin.ToString().ToLowerInvariant()}, {plan.From.ToUnit(MassFlowUnit.MicrogramPerDay).Display()} → {plan.To.ToUnit(MassFlowUnit.MicrogramPerDay).Display()}, steps of {plan.Step}")),
        };
        table.AddColumn("Date");
        table.AddColumn(new TableColumn("Daily dose").RightAligned());
        table.AddColumn(new TableColumn("Change").RightAligned());
        foreach (var step in plan.Steps)
        {
            table.AddRow(
                step.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                TerminalText.Markup(step.Dose.Display()),
                TerminalText.Markup((step.Change.Percent > 0 ? "+" : string.Empty) + step.Change.DisplayChange()));
        }

        return new Rows(
            table,
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }
}

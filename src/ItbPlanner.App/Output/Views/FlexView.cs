using System.Globalization;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Quantities;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A flex schedule: one row per step, the 24-hour total and daily volume, alerts and working. Pure.</summary>
internal static class FlexView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(FlexPlan plan, string protocolTitle)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Flex schedule at {TerminalText.Markup(plan.Concentration.Display())}{(plan.Pump is { } pump ? $" for {TerminalText.Markup(pump.Name)}" : string.Empty)}") };
        table.AddColumn("From");
        table.AddColumn("To");
        table.AddColumn(new TableColumn("Rate").RightAligned());
        table.AddColumn(new TableColumn("Hours").RightAligned());
        table.AddColumn(new TableColumn("Dose").RightAligned());
        foreach (var step in plan.Steps)
        {
            table.AddRow(
                step.Step.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                step.EndsAtMidnight ? "24:00" : step.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                TerminalText.Markup(step.Step.Rate.Display()),
                TerminalText.Markup(step.Length.Hours.ToString("0.##", CultureInfo.InvariantCulture)),
                TerminalText.Markup(step.Dose.Display()));
        }

        table.AddRow(
            new Markup("[bold]24 h[/]"),
            Text.Empty,
            Text.Empty,
            Text.Empty,
            new Markup($"[bold]{TerminalText.Markup(plan.DailyDose.ToUnit(MassFlowUnit.MicrogramPerDay).Display())}[/]"));
        table.Caption = new TableTitle($"Daily volume {TerminalText.Markup(plan.DailyVolume.Display())}");

        return new Rows(
            table,
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }
}

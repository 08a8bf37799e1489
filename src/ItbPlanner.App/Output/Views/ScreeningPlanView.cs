using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Screening;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A screening trial: one row per bolus, what to assess, the positive-response criterion, alerts, working. Pure.</summary>
internal static class ScreeningPlanView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(ScreeningPlan plan, string protocolTitle)
    {
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle($"Screening trial — {plan.Population.ToString().ToLowerInvariant()}, from {plan.Start:yyyy-MM-dd}"),
            Caption = new TableTitle($"Each bolus only if the response to the previous one was inadequate; drawn from {TerminalText.Markup(plan.Concentration.Display())}."),
        };
        table.AddColumn("Bolus");
        table.AddColumn(new TableColumn("Dose").RightAligned());
        table.AddColumn(new TableColumn("Volume").RightAligned());
        table.AddColumn("Earliest");
        table.AddColumn(new TableColumn("Observe").RightAligned());
        if (plan.SmallChildStart is { } small)
        {
            table.AddRow(
                TerminalText.Markup("1, very small child"),
                TerminalText.Markup(small.Dose.Display()),
                TerminalText.Markup(small.Volume.Display()),
                TerminalText.Markup(small.EarliestDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                TerminalText.Markup(small.Observation.Display()));
        }

        foreach (var bolus in plan.Boluses)
        {
            table.AddRow(
                TerminalText.Markup(bolus.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                TerminalText.Markup(bolus.Dose.Display()),
                TerminalText.Markup(bolus.Volume.Display()),
                TerminalText.Markup(bolus.EarliestDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                TerminalText.Markup(bolus.Observation.Display()));
        }

        var smallNote = plan.SmallChildStart is { } option
            ? new Markup($"[bold]Very small children[/] may start at {TerminalText.Markup(option.Dose.Display())} instead of bolus 1; the escalation then continues with bolus 2.")
            : (IRenderable)Text.Empty;
        return new Rows(
            table,
            smallNote,
            new Markup($"[bold]Assess[/] at baseline and after each bolus: {TerminalText.Markup(string.Join(", ", plan.Assess))}"),
            new Markup($"[bold]Positive response[/]: {TerminalText.Markup(plan.PositiveResponse)}"),
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }
}

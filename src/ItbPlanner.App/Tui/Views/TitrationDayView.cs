using System.Globalization;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.Tui.Models;
using ItbPlanner.Application.Titration;
using ItbPlanner.Domain.Quantities;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>A titration day: the current dose, the proposed step, and the plan to the target as a table and a chart. Pure.</summary>
internal static class TitrationDayView
{
    /// <summary>The most plan steps listed and charted.</summary>
    public const int MaxSteps = 12;

    /// <summary>Renders the model.</summary>
    public static IRenderable Render(TitrationDayModel model)
    {
        var plan = model.Plan;
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn();
        grid.AddRow(new Markup("[grey]Current dose[/]"), new Markup($"[bold]{TerminalText.Markup(Dose(model.Current))}[/]"));
        grid.AddRow(new Markup("[grey]Target[/]"), new Markup(TerminalText.Markup($"{Dose(plan.To)} in {plan.Steps.Count} step{(plan.Steps.Count == 1 ? string.Empty : "s")}")));
        grid.AddRow(new Markup("[grey]Limits[/]"), new Markup(TerminalText.Markup(model.Limits)));
        grid.AddRow(new Markup("[grey]Proposed today[/]"), new Markup(Proposed(model)));

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Plan to the target") };
        table.AddColumn("Day");
        table.AddColumn(new TableColumn("Dose").RightAligned());
        table.AddColumn(new TableColumn("Change").RightAligned());
        foreach (var step in plan.Steps.Take(MaxSteps))
        {
            table.AddRow(step.Date.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture), TerminalText.Markup(Dose(step.Dose)), TerminalText.Markup(Change(step.Change.Percent)));
        }

        var chart = new BarChart { Width = 56, Label = "[bold]mcg/day[/]" };
        chart.AddItem("now", (double)model.Current.MicrogramsPerDay, Color.Grey);
        foreach (var step in plan.Steps.Take(MaxSteps))
        {
            chart.AddItem(step.Date.ToString("MM-dd", CultureInfo.InvariantCulture), (double)step.Dose.MicrogramsPerDay, Color.SteelBlue);
        }

        var more = plan.Steps.Count > MaxSteps ? new Markup($"[grey]… {plan.Steps.Count - MaxSteps} more steps to the target.[/]") : Stack.Nothing;
        return Stack.Of(
            grid,
            Text.Empty,
            new Columns(table, chart) { Expand = false },
            more,
            AlertView.Render(plan.Alerts.Where(a => a.Severity != Domain.Alerts.AlertSeverity.Info).ToArray()),
            Text.Empty);
    }

    private static string Proposed(TitrationDayModel model)
    {
        if (model.Proposed is not { } step)
        {
            return "[green]at the target: no change proposed[/]";
        }

        var text = $"[bold]{TerminalText.Markup(Dose(step.Dose))}[/] ({TerminalText.Markup(Change(step.Change.Percent))})";
        return model.ProposedDecision?.Verdict switch
        {
            DoseVerdict.Refused => $"{text} [yellow]— not now: {TerminalText.Markup(string.Join("; ", model.ProposedDecision.Reasons))}[/]",
            DoseVerdict.NeedsReason => $"{text} [yellow]— needs a reason: {TerminalText.Markup(string.Join("; ", model.ProposedDecision.Reasons))}[/]",
            _ => text,
        };
    }

    private static string Dose(MassFlow dose) => dose.ToUnit(MassFlowUnit.MicrogramPerDay).Display();

    private static string Change(decimal percent) => (percent > 0 ? "+" : string.Empty) + percent.ToString("0.##", CultureInfo.InvariantCulture) + " %";
}

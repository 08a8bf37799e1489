using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A maintenance change check: the verdict, the change, an override reason, alerts and working. Pure.</summary>
internal static class MaintenanceChangeView
{
    /// <summary>Renders a result.</summary>
    public static IRenderable Render(MaintenanceChangeResult result, string protocolTitle)
    {
        var change = $"{result.From.ToUnit(MassFlowUnit.MicrogramPerDay).Display()} → {result.To.ToUnit(MassFlowUnit.MicrogramPerDay).Display()} ({(result.Change.Percent > 0 ? "+" : string.Empty)}{result.Change.DisplayChange()})";
        var rows = new List<IRenderable>
        {
            new Markup($"{(result.Allowed ? "[green]Allowed[/]" : "[red]Blocked[/]")}: {TerminalText.Markup(change)}, {TerminalText.Markup(result.Origin.ToString().ToLowerInvariant())} maintenance"),
        };
        if (result.OverrideReason is { } reason)
        {
            rows.Add(new Markup($"[bold]Override reason[/]: {TerminalText.Markup(reason)}"));
        }

        rows.Add(AlertView.Render(result.Alerts));
        rows.Add(WorkingView.Render(result.Working));
        rows.Add(new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
        return new Rows(rows);
    }
}

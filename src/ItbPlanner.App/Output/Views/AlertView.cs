using ItbPlanner.Domain.Alerts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>Alerts coloured by severity; critical ones in a red panel that cannot be overlooked.</summary>
internal static class AlertView
{
    /// <summary>The colour of a severity.</summary>
    public static Color ColorOf(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => Color.Red,
        AlertSeverity.Warning => Color.Yellow,
        _ => Color.Blue,
    };

    /// <summary>Renders alerts, most severe first; empty when there are none.</summary>
    public static IRenderable Render(IReadOnlyList<Alert> alerts)
    {
        var rows = new List<IRenderable>();
        foreach (var alert in alerts.OrderByDescending(a => a.Severity))
        {
            var label = $"{AlertJsonName(alert.Severity).ToUpperInvariant()} {alert.Code}";
            var text = new Markup($"[bold]{TerminalText.Markup(label)}[/]\n{TerminalText.Markup(alert.Message)}");
            rows.Add(alert.Severity == AlertSeverity.Critical
                ? new Panel(text) { Border = BoxBorder.Double, BorderStyle = new Style(Color.Red), Header = new PanelHeader("[bold red] CRITICAL [/]") }
                : new Markup($"[{ColorOf(alert.Severity).ToMarkup()}]{TerminalText.Markup(label)}[/]: {TerminalText.Markup(alert.Message)}"));
        }

        return new Rows(rows);
    }

    private static string AlertJsonName(AlertSeverity severity) => Json.AlertJson.SeverityName(severity);
}

using ItbPlanner.App.Output;
using ItbPlanner.Application.Clinic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>Critical alerts in one red panel that names each code, patient and what to do. Pure.</summary>
internal static class CriticalAlertView
{
    /// <summary>The panel's heading; it stays on screen until the alerts are acknowledged.</summary>
    public const string Heading = "CRITICAL — ACKNOWLEDGE TO CONTINUE";

    /// <summary>Renders the panel; empty when there is nothing critical.</summary>
    public static IRenderable Render(IReadOnlyList<CriticalItem> items)
    {
        if (items.Count == 0)
        {
            return Stack.Nothing;
        }

        var lines = items.Select(i => $"[bold red]{TerminalText.Markup(i.Alert.Code)}[/] [bold]patient {TerminalText.Markup(i.Patient.Value)}[/]\n{TerminalText.Markup(i.Alert.Message)}");
        return new Panel(new Markup(string.Join("\n\n", lines)))
        {
            Border = BoxBorder.Double,
            BorderStyle = new Style(Color.Red),
            Header = new PanelHeader($"[bold white on red] {Heading} [/]"),
            Expand = true,
        };
    }
}

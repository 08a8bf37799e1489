using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>The post-implant starting dose, the rule that set it and the working. Pure.</summary>
internal static class StartDoseView
{
    /// <summary>Renders a result.</summary>
    public static IRenderable Render(StartDoseResult result, string protocolTitle) => new Rows(
        new Markup($"Starting dose: [bold]{TerminalText.Markup(result.StartDose.ToUnit(MassFlowUnit.MicrogramPerDay).Display())}[/] ({TerminalText.Markup(result.StartDose.ToUnit(MassFlowUnit.MicrogramPerHour).Display())}); rule [bold]{TerminalText.Markup(result.Rule)}[/]"),
        WorkingView.Render(result.Working),
        new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
}

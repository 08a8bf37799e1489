using ItbPlanner.App.Output;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>Plans recorded but not yet entered into a pump, in red until marked done. Pure.</summary>
internal static class TransferView
{
    /// <summary>The words every pending plan is shown with.</summary>
    public const string NotTransferred = "NOT YET TRANSFERRED TO THE PUMP";

    /// <summary>Renders pending plans; empty when none.</summary>
    public static IRenderable Render(IReadOnlyList<(PatientId Patient, PendingTransfer Plan)> pending, Func<DateTimeOffset, string> local)
    {
        if (pending.Count == 0)
        {
            return Stack.Nothing;
        }

        var lines = pending.Select(p => $"patient [bold]{TerminalText.Markup(p.Patient.Value)}[/]: {TerminalText.Markup(LogCodes.Code(p.Plan.Kind))} #{p.Plan.Seq} of {TerminalText.Markup(local(p.Plan.At))}");
        return new Panel(new Markup(string.Join("\n", lines) + "\n[grey]Enter it in the pump programmer, check the pump runs it, then mark it transferred (open the patient).[/]"))
        {
            Border = BoxBorder.Heavy,
            BorderStyle = new Style(Color.Red),
            Header = new PanelHeader($"[bold red] {NotTransferred} [/]"),
            Expand = true,
        };
    }
}

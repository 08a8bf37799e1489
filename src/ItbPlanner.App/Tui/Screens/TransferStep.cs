using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Domain.Log;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>After a plan is logged: it is NOT YET TRANSFERRED TO THE PUMP until the user says they entered it and the pump runs it.</summary>
internal static class TransferStep
{
    /// <summary>Shows the plan as pending and offers to mark it transferred; Cancel when the user cancelled.</summary>
    public static ChoiceKind Offer(TuiSession session, PatientId patient, LogEvent plan)
    {
        var console = session.Console;
        console.Write(new Panel(new Markup(
            $"Plan #{plan.Seq} ({TerminalText.Markup(LogCodes.Code(plan.Kind))}) is logged but the pump still runs the old program.\n"
            + "Enter it in the pump programmer, check the pump runs it in the intended mode, then mark it transferred."))
        {
            Border = BoxBorder.Heavy,
            BorderStyle = new Style(Color.Red),
            Header = new PanelHeader($"[bold red] {TransferView.NotTransferred} [/]"),
            Expand = true,
        });
        var choice = Ask.Menu(
            console,
            "Transferred to the pump?",
            [("Mark as transferred: it is in the pump and running", true), ("Not yet: keep it pending (shown in red until done)", false)]);
        if (choice.HasValue && choice.Value)
        {
            LogWriter.MarkTransferred(session, patient, plan.Seq, "marked in the terminal UI after logging the plan");
        }

        return choice.Kind;
    }
}

using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Errors;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// Critical alerts block the way until acknowledged: the red panel stays while the user is asked to type <c>ACK</c> and
/// say what is being done; then each alert is logged as an <c>alarm-raised</c> event (a safety alert with its code,
/// unless already in the log) followed by its <c>alarm-acknowledged</c> event. The acknowledgement is its own final
/// confirmation: it is logged even if the task that raised the alert is later abandoned.
/// </summary>
internal static class CriticalAlertGate
{
    /// <summary>What the user types to acknowledge.</summary>
    public const string Word = "ACK";

    /// <summary>Shows the alerts and waits for the acknowledgement; true once logged, else Back or Cancel.</summary>
    public static Choice<bool> Acknowledge(TuiSession session, IReadOnlyList<CriticalItem> items)
    {
        var console = session.Console;
        while (true)
        {
            console.Write(CriticalAlertView.Render(items));
            var typed = Ask.TypedConfirmation(console, $"Type {Word} to acknowledge {(items.Count == 1 ? "this alert" : $"these {items.Count} alerts")}", Word);
            if (!typed.HasValue)
            {
                return typed;
            }

            var action = Ask.Text(console, "What is being done about it (logged with the acknowledgement)");
            if (action.Kind == ChoiceKind.Cancel)
            {
                return Choice<bool>.Cancel;
            }

            if (action.Kind == ChoiceKind.Back)
            {
                continue;
            }

            return Log(session, items, action.Value!) ? Choice<bool>.Of(true) : Choice<bool>.Back;
        }
    }

    private static bool Log(TuiSession session, IReadOnlyList<CriticalItem> items, string action)
    {
        try
        {
            LogWriter.Confirm(session, session.UseCases.Acknowledge.Acknowledge(items, action, session.User, "critical alert shown in the terminal UI"));
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
        {
            session.Console.Write(WhyNotView.Refused("nothing was logged", [e.Message]));
            return false;
        }

        var line = $"Acknowledged by {session.User}: {string.Join(", ", items.Select(i => i.Alert.Code).Distinct())}.";
        session.Console.MarkupLine($"[green]{TerminalText.Markup(line)}[/]");
        session.Notify(line);
        return true;
    }
}

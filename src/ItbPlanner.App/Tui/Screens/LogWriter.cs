using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// Appends a screen's confirmed events and says what was logged; when the log or the workflow's guard refuses them,
/// says why and logs nothing.
/// </summary>
internal static class LogWriter
{
    /// <summary>Appends events in one transaction; null when refused (the reason is on screen).</summary>
    public static IReadOnlyList<LogEvent>? Append(TuiSession session, params NewEvent[] events)
    {
        try
        {
            var stored = session.Records.Append(events);
            foreach (var e in stored)
            {
                var line = $"✓ Logged {LogCodes.Code(e.Kind)} as event {e.Seq} of patient {e.PatientId}.";
                session.Console.MarkupLine($"[green]{Markup.Escape(line)}[/]");
                session.Notify(line);
            }

            return stored;
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or StorageException)
        {
            session.Console.Write(WhyNotView.Refused("nothing was logged", [e.Message]));
            return null;
        }
    }

    /// <summary>Records that a plan is in the pump.</summary>
    public static bool MarkTransferred(TuiSession session, PatientId patient, long planSeq, string? notes) =>
        Append(session, new NewEvent(patient, session.Now, session.User, new ProgramTransferredPayload(planSeq, notes))) is not null;
}

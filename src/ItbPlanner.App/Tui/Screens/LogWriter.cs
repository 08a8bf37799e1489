using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// Logs a screen's confirmed entry through the application and says what was logged; when the log or the workflow's
/// guard refuses it, says why and logs nothing.
/// </summary>
internal static class LogWriter
{
    /// <summary>An entry of the user's, at a moment, for a patient.</summary>
    public static EntryRequest Entry(TuiSession session, PatientId patient, DateTimeOffset at, EntryDetails details, string? reason = null) =>
        new(new EntryHeader(patient, at, session.User, reason), details);

    /// <summary>What an entry would log, or null when refused (the reason is on screen).</summary>
    public static EntryPreview? Preview(TuiSession session, EntryRequest request)
    {
        try
        {
            return session.UseCases.Record.Preview(request);
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
        {
            session.Console.Write(WhyNotView.Refused("nothing was logged", [e.Message]));
            return null;
        }
    }

    /// <summary>Logs an entry (all its events in one transaction); null when refused (the reason is on screen).</summary>
    public static IReadOnlyList<LogEvent>? Append(TuiSession session, EntryRequest request) =>
        Preview(session, request) is { } preview ? Append(session, preview) : null;

    /// <summary>Logs a previewed entry; null when refused (the reason is on screen).</summary>
    public static IReadOnlyList<LogEvent>? Append(TuiSession session, EntryPreview preview)
    {
        try
        {
            var stored = session.UseCases.Record.Record(preview).Stored;
            Confirm(session, stored);
            return stored;
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
        {
            session.Console.Write(WhyNotView.Refused("nothing was logged", [e.Message]));
            return null;
        }
    }

    /// <summary>Records that a plan is in the pump.</summary>
    public static bool MarkTransferred(TuiSession session, PatientId patient, long planSeq, string? notes) =>
        Append(session, Entry(session, patient, session.Now, new ProgramTransferEntry(planSeq, notes))) is not null;

    /// <summary>Says what was logged, on screen and on the next screen.</summary>
    public static void Confirm(TuiSession session, IEnumerable<LogEvent> stored)
    {
        foreach (var e in stored)
        {
            var line = $"✓ Logged {LogCodes.Code(e.Kind)} as event {e.Seq} of patient {e.PatientId}.";
            session.Console.MarkupLine($"[green]{TerminalText.Markup(line)}[/]");
            session.Notify(line);
        }
    }
}

using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Charts;
using ItbPlanner.App.Output.Export;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Storage;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>A patient's log: the events as a table with filters, the dose chart, and export in the command line's formats.</summary>
internal sealed class LogReviewScreen(PatientId id) : Screen
{
    /// <summary>The most events shown at once; filters reach older ones.</summary>
    public const int MaxEvents = 25;

    private enum Action
    {
        Kind,
        Since,
        Clear,
        Chart,
        Export,
    }

    /// <inheritdoc/>
    public override string Title => $"Log of patient {id}";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        EventKind? kind = null;
        DateOnly? since = null;
        while (true)
        {
            var all = session.Records.Events(id);
            var voided = CorrectedLog.Voided(all);
            var shown = all.Where(e => (kind is null || e.Kind == kind) && (since is null || session.LocalDate(e.OccurredAt) >= since)).ToArray();
            var filters = (kind is null ? string.Empty : $" kind {LogCodes.Code(kind.Value)}") + (since is null ? string.Empty : $" since {since:yyyy-MM-dd}");
            var timeline = TherapyRecord.Read(session.Protocol, all);
            var outlook = ScheduleLoader.Outlook(timeline, session.Protocol, session.Time);
            Show(
                session,
                LogView.Render(id, shown.TakeLast(MaxEvents).ToArray(), voided, session.Local, LateEntries.Of(all)),
                outlook.HasProgram ? OutlookView.Render(outlook) : Text.Empty,
                new Markup($"[grey]{shown.Length} of {all.Count} events{(filters.Length == 0 ? string.Empty : " —" + Markup.Escape(filters))}{(shown.Length > MaxEvents ? $"; the newest {MaxEvents} are shown" : string.Empty)}.[/]\n"));

            var options = new List<(string, Action)> { ("Filter by kind", Action.Kind), ("Only events since a date", Action.Since) };
            if (kind is not null || since is not null)
            {
                options.Add(("Clear filters", Action.Clear));
            }

            options.Add(("Dose chart", Action.Chart));
            options.Add(("Export", Action.Export));
            var choice = Ask.Menu(session.Console, "Log review", options);
            if (!choice.HasValue)
            {
                return Wizard.Leave(choice.Kind);
            }

            switch (choice.Value)
            {
                case Action.Kind:
                    var picked = Ask.Menu(session.Console, "Which kind?", [.. all.Select(e => e.Kind).Distinct().Order().Select(k => (LogCodes.Code(k), k))]);
                    kind = picked.HasValue ? picked.Value : kind;
                    break;
                case Action.Since:
                    var date = Ask.Date(session.Console, "Events on or after", session.Today.AddDays(-30));
                    since = date.HasValue ? date.Value : since;
                    break;
                case Action.Clear:
                    (kind, since) = (null, null);
                    break;
                case Action.Chart:
                    Show(session, DoseChartTerminal.Render(timeline, session.Local, svgHint: false, outlook), Text.Empty);
                    if (Ask.Menu<bool>(session.Console, "Dose chart", []).Kind == ChoiceKind.Cancel)
                    {
                        return Navigation.Navigation.GoHome;
                    }

                    break;
                case Action.Export:
                    if (Export(session, all, voided) == ChoiceKind.Cancel)
                    {
                        return Navigation.Navigation.GoHome;
                    }

                    break;
            }
        }
    }

    private ChoiceKind Export(TuiSession session, IReadOnlyList<LogEvent> events, IReadOnlySet<long> voided)
    {
        var console = session.Console;
        var format = Ask.Menu(console, "Export format", [("CSV (one row per event)", "csv"), ("JSON (every stored field, head hash)", "json"), ("FHIR R4 Bundle", "fhir")]);
        if (!format.HasValue)
        {
            return format.Kind;
        }

        var path = Ask.Text(console, "Write to file", $"{id}-log.{LogExports.Extension(format.Value!)}");
        if (!path.HasValue)
        {
            return path.Kind;
        }

        if (session.Records.Verify(id) is { } broken)
        {
            console.Write(Views.WhyNotView.Refused("not exported: the log fails verification", [broken]));
        }
        else
        {
            try
            {
                var registered = session.Records.Patients().Single(p => p.Patient.Id == id);
                OutputFile.Write(path.Value!, LogExports.Build(format.Value!, registered, events, voided, session.Now));
                console.MarkupLine($"[green]✓ Wrote[/] {events.Count} events of patient {Markup.Escape(id.Value)} to {Markup.Escape(path.Value!)} (head hash {events[^1].Hash[..12]}).");
            }
            catch (Exception e) when (e is Cli.UserInputException or IOException or UnauthorizedAccessException or StorageException)
            {
                console.Write(Views.WhyNotView.Refused("not exported", [e.Message]));
            }
        }

        return Ask.Menu<bool>(console, "Export", []).Kind;
    }
}

using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Charts;
using ItbPlanner.App.Output.Export;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// A patient's log: the events as a table with filters, a page of <see cref="MaxEvents"/> at a time (newest first,
/// older and newer pages on request), the dose chart, and export in the command line's formats.
/// </summary>
internal sealed class LogReviewScreen(PatientId id) : Screen
{
    /// <summary>The most events shown at once; older pages and filters reach the rest.</summary>
    public const int MaxEvents = 25;

    private enum Action
    {
        Older,
        Newer,
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
        var page = 0;
        while (true)
        {
            var read = session.UseCases.Log.Read(id, since, kind is { } k ? [k] : null);
            var (all, voided, shown, record, outlook) = (read.All, read.Voided, read.Shown, read.Record, read.Outlook);
            var filters = (kind is null ? string.Empty : $" kind {LogCodes.Code(kind.Value)}") + (since is null ? string.Empty : $" since {since:yyyy-MM-dd}");
            var pages = Math.Max(1, (shown.Count + MaxEvents - 1) / MaxEvents);
            page = Math.Clamp(page, 0, pages - 1);
            var end = shown.Count - (page * MaxEvents);
            var onPage = shown.Skip(Math.Max(0, end - MaxEvents)).Take(Math.Min(MaxEvents, end)).ToArray();
            Show(
                session,
                LogView.Render(id, onPage, voided, session.Local, read.Late),
                outlook.HasProgram ? OutlookView.Render(outlook) : Text.Empty,
                new Markup($"[grey]{shown.Count} of {all.Count} events{(filters.Length == 0 ? string.Empty : " —" + TerminalText.Markup(filters))}{(pages > 1 ? $"; page {page + 1} of {pages}, newest first ({onPage.Length} shown)" : string.Empty)}.[/]\n"));

            var options = new List<(string, Action)>();
            if (page + 1 < pages)
            {
                options.Add(("Older events", Action.Older));
            }

            if (page > 0)
            {
                options.Add(("Newer events", Action.Newer));
            }

            options.Add(("Filter by kind", Action.Kind));
            options.Add(("Only events since a date", Action.Since));
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
                case Action.Older:
                    page++;
                    break;
                case Action.Newer:
                    page--;
                    break;
                case Action.Kind:
                    var picked = Ask.Menu(session.Console, "Which kind?", [.. all.Select(e => e.Kind).Distinct().Order().Select(k => (LogCodes.Code(k), k))]);
                    kind = picked.HasValue ? picked.Value : kind;
                    page = 0;
                    break;
                case Action.Since:
                    var date = Ask.Date(session.Console, "Events on or after", session.Today.AddDays(-30));
                    since = date.HasValue ? date.Value : since;
                    page = 0;
                    break;
                case Action.Clear:
                    (kind, since, page) = (null, null, 0);
                    break;
                case Action.Chart:
                    Show(session, DoseChartTerminal.Render(record, session.Local, svgHint: false, outlook), Text.Empty);
                    if (Ask.Menu<bool>(session.Console, "Dose chart", []).Kind == ChoiceKind.Cancel)
                    {
                        return Navigation.Navigation.GoHome;
                    }

                    break;
                case Action.Export:
                    if (Export(session) == ChoiceKind.Cancel)
                    {
                        return Navigation.Navigation.GoHome;
                    }

                    break;
            }
        }
    }

    private ChoiceKind Export(TuiSession session)
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

        try
        {
            var export = session.UseCases.Export.Export(id);
            if (export.Broken is { } broken)
            {
                console.Write(Views.WhyNotView.Refused("not exported: the log fails verification", [broken.Message]));
            }
            else
            {
                var events = export.Events;
                OutputFile.Write(path.Value!, LogExports.Build(format.Value!, export.Registration, events, export.Voided, export.Now), "file");
                console.MarkupLine($"[green]✓ Wrote[/] {events.Count} events of patient {TerminalText.Markup(id.Value)} to {TerminalText.Markup(path.Value!)} (head hash {events[^1].Hash[..12]}).");
            }
        }
        catch (Exception e) when (e is InvalidInputException or IOException or UnauthorizedAccessException)
        {
            console.Write(Views.WhyNotView.Refused("not exported", [e.Message]));
        }

        return Ask.Menu<bool>(console, "Export", []).Kind;
    }
}

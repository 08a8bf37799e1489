using System.Globalization;
using ItbPlanner.Domain.Log;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A patient's log as a table, oldest first and newest last. Pure: events in, renderable out.</summary>
internal static class LogView
{
    /// <summary>Rows per table when a long log is rendered in pages (<see cref="RenderPages"/>).</summary>
    public const int PageRows = 100;

    /// <summary>
    /// Renders a stream of events page by page, so a long log is never held whole: up to <see cref="PageRows"/> events
    /// this is exactly <see cref="Render"/>; beyond, each page is a table of <see cref="PageRows"/> rows with the same
    /// fixed column widths, the first with the title and headings.
    /// </summary>
    /// <param name="patient">Whose log.</param>
    /// <param name="events">The events to show, oldest first; read once.</param>
    /// <param name="count">How many there are (for the title).</param>
    /// <param name="voided">The voided events of the whole log.</param>
    /// <param name="local">Formats a moment in the clinic's time zone.</param>
    /// <param name="late">The late entries of the whole log.</param>
    /// <param name="width">The console's width, shared by the pages.</param>
    public static IEnumerable<IRenderable> RenderPages(PatientId patient, IEnumerable<LogEvent> events, long count, IReadOnlySet<long> voided, Func<DateTimeOffset, string> local, IReadOnlySet<long> late, int width)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (count <= PageRows)
        {
            yield return Render(patient, [.. events], voided, local, late);
            yield break;
        }

        var page = new List<LogEvent>(PageRows);
        var first = true;
        var anyLate = false;
        foreach (var e in events)
        {
            anyLate |= late.Contains(e.Seq);
            page.Add(e);
            if (page.Count == PageRows)
            {
                yield return Page(patient, page, count, voided, local, late, width, first);
                page.Clear();
                first = false;
            }
        }

        if (page.Count > 0)
        {
            yield return Page(patient, page, count, voided, local, late, width, first);
        }

        foreach (var note in Notes(voided.Count > 0, anyLate))
        {
            yield return note;
        }
    }

    private static Table Page(PatientId patient, List<LogEvent> events, long count, IReadOnlySet<long> voided, Func<DateTimeOffset, string> local, IReadOnlySet<long> late, int width, bool first)
    {
        const int Fixed = 16 + 20 + 12 + 20;
        var seqWidth = Math.Max(1, events[^1].Seq.ToString(CultureInfo.InvariantCulture).Length);
        var what = Math.Max(20, width - Fixed - seqWidth - 19);
        var table = new Table { Border = TableBorder.Rounded, ShowHeaders = first };
        if (first)
        {
            table.Title = new TableTitle($"Log of patient {TerminalText.Markup(patient.Value)} ({count} events)");
        }

        table.AddColumn(new TableColumn("#").RightAligned().Width(seqWidth));
        table.AddColumn(new TableColumn("Occurred").Width(16));
        table.AddColumn(new TableColumn("Kind").Width(20));
        table.AddColumn(new TableColumn("What").Width(what));
        table.AddColumn(new TableColumn("Author").Width(12));
        table.AddColumn(new TableColumn("Reason").Width(20));
        foreach (var e in events)
        {
            AddRow(table, e, voided, local, late);
        }

        return table;
    }

    private static void AddRow(Table table, LogEvent e, IReadOnlySet<long> voided, Func<DateTimeOffset, string> local, IReadOnlySet<long>? late)
    {
        var isVoid = voided.Contains(e.Seq);
        var lateMark = late?.Contains(e.Seq) == true ? $"LATE ENTRY (recorded {local(e.RecordedAt)}): " : string.Empty;
        var style = isVoid ? "strikethrough grey" : e.Kind is EventKind.AlarmRaised or EventKind.WithdrawalEmergency ? "red" : "default";
        table.AddRow(
            new Markup(e.Seq.ToString(CultureInfo.InvariantCulture)),
            new Markup(TerminalText.Markup(local(e.OccurredAt))),
            new Markup($"[{style}]{TerminalText.Markup(LogCodes.Code(e.Kind))}[/]"),
            new Markup($"[{style}]{(isVoid ? "VOIDED: " : string.Empty)}{TerminalText.Markup(lateMark)}{TerminalText.Markup(EventSummary.Describe(e))}[/]"),
            new Markup(TerminalText.Markup(e.Author)),
            new Markup(TerminalText.Markup(e.Reason ?? string.Empty)));
    }

    private static IEnumerable<IRenderable> Notes(bool anyVoided, bool anyLate)
    {
        if (anyVoided)
        {
            yield return new Markup("[grey]VOIDED events were retracted or replaced by a later correction; they stay in the log.[/]");
        }

        if (anyLate)
        {
            yield return new Markup("[grey]LATE ENTRY: recorded after an event that happened later; the log is read in the order things happened.[/]");
        }
    }

    /// <summary>
    /// Renders events; voided ones (retracted or replaced by a later event) are marked VOIDED and struck through, late
    /// entries (recorded after a later-dated event) are marked LATE ENTRY with the moment they were recorded.
    /// </summary>
    public static IRenderable Render(PatientId patient, IReadOnlyList<LogEvent> events, IReadOnlySet<long> voided, Func<DateTimeOffset, string> local, IReadOnlySet<long>? late = null)
    {
        if (events.Count == 0)
        {
            return new Markup($"No events for patient {TerminalText.Markup(patient.Value)} match.");
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Log of patient {TerminalText.Markup(patient.Value)} ({events.Count} events)") };
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Occurred");
        table.AddColumn("Kind");
        table.AddColumn("What");
        table.AddColumn("Author");
        table.AddColumn("Reason");
        foreach (var e in events)
        {
            AddRow(table, e, voided, local, late);
        }

        var notes = new List<IRenderable> { table };
        notes.AddRange(Notes(voided.Count > 0, late?.Overlaps(events.Select(e => e.Seq)) == true));
        return notes.Count == 1 ? table : new Rows(notes);
    }
}

using System.Globalization;
using ItbPlanner.Domain.Log;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A patient's log as a table, oldest first and newest last. Pure: events in, renderable out.</summary>
internal static class LogView
{
    /// <summary>
    /// Renders events; voided ones (retracted or replaced by a later event) are marked VOIDED and struck through, late
    /// entries (recorded after a later-dated event) are marked LATE ENTRY with the moment they were recorded.
    /// </summary>
    public static IRenderable Render(PatientId patient, IReadOnlyList<LogEvent> events, IReadOnlySet<long> voided, Func<DateTimeOffset, string> local, IReadOnlySet<long>? late = null)
    {
        if (events.Count == 0)
        {
            return new Markup($"No events for patient {Markup.Escape(patient.Value)} match.");
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Log of patient {Markup.Escape(patient.Value)} ({events.Count} events)") };
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Occurred");
        table.AddColumn("Kind");
        table.AddColumn("What");
        table.AddColumn("Author");
        table.AddColumn("Reason");
        foreach (var e in events)
        {
            var isVoid = voided.Contains(e.Seq);
            var lateMark = late?.Contains(e.Seq) == true ? $"LATE ENTRY (recorded {local(e.RecordedAt)}): " : string.Empty;
            var style = isVoid ? "strikethrough grey" : e.Kind is EventKind.AlarmRaised or EventKind.WithdrawalEmergency ? "red" : "default";
            table.AddRow(
                new Markup(e.Seq.ToString(CultureInfo.InvariantCulture)),
                new Markup(Markup.Escape(local(e.OccurredAt))),
                new Markup($"[{style}]{Markup.Escape(LogCodes.Code(e.Kind))}[/]"),
                new Markup($"[{style}]{(isVoid ? "VOIDED: " : string.Empty)}{Markup.Escape(lateMark)}{Markup.Escape(EventSummary.Describe(e))}[/]"),
                new Markup(Markup.Escape(e.Author)),
                new Markup(Markup.Escape(e.Reason ?? string.Empty)));
        }

        var notes = new List<IRenderable> { table };
        if (voided.Count > 0)
        {
            notes.Add(new Markup("[grey]VOIDED events were retracted or replaced by a later correction; they stay in the log.[/]"));
        }

        if (late?.Overlaps(events.Select(e => e.Seq)) == true)
        {
            notes.Add(new Markup("[grey]LATE ENTRY: recorded after an event that happened later; the log is read in the order things happened.[/]"));
        }

        return notes.Count == 1 ? table : new Rows(notes);
    }
}

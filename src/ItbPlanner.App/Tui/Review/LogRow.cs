using System.Globalization;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Tui.Review;

/// <summary>One event as a row of the log review's table: when it happened (local), its kind, what it records at bedside precision, who recorded it and why; voided events and late entries marked.</summary>
/// <param name="Event">The stored event.</param>
/// <param name="Occurred">When it happened, in the clinic's time zone.</param>
/// <param name="Recorded">When it was recorded, in the clinic's time zone.</param>
/// <param name="Late">Recorded after an event that happened later.</param>
/// <param name="Voided">Retracted or replaced by a later correction (it stays in the log).</param>
internal sealed record LogRow(LogEvent Event, string Occurred, string Recorded, bool Late, bool Voided)
{
    /// <summary>The mark of a late entry.</summary>
    public const string LateMark = "LATE ENTRY";

    /// <summary>The mark of a voided event.</summary>
    public const string VoidMark = "VOIDED";

    /// <summary>The table's columns, in order: the "What" column is <see cref="WhatColumn"/>.</summary>
    public static IReadOnlyList<(string Name, Func<LogRow, object> Read)> Columns { get; } =
    [
        ("#", r => r.Event.Seq.ToString(CultureInfo.InvariantCulture)),
        ("Occurred", r => r.Occurred),
        ("Kind", r => LogCodes.Code(r.Event.Kind)),
        ("What", r => r.What),
        ("Author", r => TerminalText.Clean(r.Event.Author)),
        ("Reason", r => TerminalText.Clean(r.Event.Reason)),
    ];

    /// <summary>The index of the "What" column.</summary>
    public const int WhatColumn = 3;

    /// <summary>The index of the "Kind" column.</summary>
    public const int KindColumn = 2;

    /// <summary>What the event records, its marks first.</summary>
    public string What => (Voided ? VoidMark + ": " : string.Empty) + (Late ? LateMark + ": " : string.Empty) + TerminalText.Clean(EventSummary.Describe(Event, BedsideFigures.Instance));

    /// <summary>Everything about the event in words, for the line under the table.</summary>
    public string Details =>
        $"#{Event.Seq.ToString(CultureInfo.InvariantCulture)} {Occurred} {LogCodes.Code(Event.Kind)} by {TerminalText.Clean(Event.Author)}"
        + (Voided ? $" · {VoidMark}: retracted or replaced by a later correction" : string.Empty)
        + (Late ? $" · {LateMark} (recorded {Recorded})" : string.Empty)
        + $" · {TerminalText.Clean(EventSummary.Describe(Event, BedsideFigures.Instance))}"
        + (string.IsNullOrWhiteSpace(Event.Reason) ? string.Empty : $" · reason: {TerminalText.Clean(Event.Reason)}");

    /// <summary>A row for an event, given the log's marks and the clinic's time zone.</summary>
    public static LogRow Of(LogEvent e, IReadOnlySet<long> voided, IReadOnlySet<long> late, Func<DateTimeOffset, string> local)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(local);
        return new LogRow(e, local(e.OccurredAt), local(e.RecordedAt), late.Contains(e.Seq), voided.Contains(e.Seq));
    }
}

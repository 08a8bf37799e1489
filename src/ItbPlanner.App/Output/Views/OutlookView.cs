using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>
/// A patient's current dates (<see cref="PatientOutlook"/>, recomputed as <c>itb schedule</c> computes them) in words, for
/// every view that shows them; dates stored in the log appear only beside them, labelled "recorded". Pure.
/// </summary>
internal static class OutlookView
{
    /// <summary>The heading of the current dates wherever they are shown.</summary>
    public const string Heading = "Current dates (recomputed as itb schedule does)";

    /// <summary>The current dates in one line: alarm, empty, worst-case empty, refill by, with what set it and the days left.</summary>
    public static string Current(PatientOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        if (!outlook.HasProgram)
        {
            return "none: no pump program in force";
        }

        if (outlook.RefillByDate is not { } refillBy)
        {
            var why = outlook.Alerts.FirstOrDefault(a => a.Code == AlertCodes.ScheduleDatesUnknown)?.Message ?? "the refill dates cannot be computed";
            return $"UNKNOWN — {why}";
        }

        return $"alarm {Date(outlook.AlarmDate)}, empty {Date(outlook.EmptyDate)}, worst-case empty {Date(outlook.WorstCaseEmptyDate)}, " +
            $"refill by {Date(refillBy)} ({Limit(outlook.BindingLimit)}; {Days(outlook.DaysUntilRefillBy)})" + Urgency(outlook.Urgency);
    }

    /// <summary>The dates last recorded in the log, labelled as recorded; null when none are.</summary>
    public static string? Recorded(PatientOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        if (outlook.RecordedDates is not { } recorded)
        {
            return null;
        }

        var parts = new List<string>();
        if (recorded.AlarmDate is { } alarm)
        {
            parts.Add($"recorded alarm {Date(alarm)}");
        }

        if (recorded.RefillByDate is { } refillBy)
        {
            parts.Add($"recorded refill by {Date(refillBy)}");
        }

        var differ = recorded.AlarmDate != outlook.AlarmDate || recorded.RefillByDate != outlook.RefillByDate;
        var note = recorded.Stale ? "; the program changed since" : differ ? "; differ from the recomputed dates" : string.Empty;
        return $"{string.Join(", ", parts)} (event {recorded.Seq.ToString(CultureInfo.InvariantCulture)}{note})";
    }

    /// <summary>The current dates, the recorded ones beside them, and the critical findings, as lines for a terminal.</summary>
    public static IRenderable Render(PatientOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        var overdue = outlook.Entry?.IsOverdue == true || outlook.Urgency is ScheduleUrgency.DatesUnknown or ScheduleUrgency.WithdrawalEmergency;
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{TerminalText.Markup(Heading)}, {Date(outlook.Today)}:[/] {(overdue ? $"[bold red]{TerminalText.Markup(Current(outlook))}[/]" : TerminalText.Markup(Current(outlook)))}"),
        };
        if (Recorded(outlook) is { } recorded)
        {
            rows.Add(new Markup($"[grey]Dates recorded in the log, not current: {TerminalText.Markup(recorded)}[/]"));
        }

        foreach (var alert in outlook.Alerts.Where(a => a.Severity == AlertSeverity.Critical))
        {
            rows.Add(new Markup($"[bold red]CRITICAL {TerminalText.Markup(alert.Code)}[/]: {TerminalText.Markup(alert.Message)}"));
        }

        return new Rows(rows);
    }

    /// <summary>What set the refill-by date, in words.</summary>
    public static string Limit(RefillLimit? limit) => limit switch
    {
        RefillLimit.Alarm => "set by the alarm date",
        RefillLimit.WorstCaseEmpty => "set by the worst-case empty date",
        RefillLimit.Stability => "set by the drug-stability limit",
        _ => "limit unknown",
    };

    /// <summary>Days to the refill-by date, in words.</summary>
    public static string Days(int? days) => days switch
    {
        null => "days unknown",
        < 0 => $"{(-days.Value).ToString(CultureInfo.InvariantCulture)} {(days == -1 ? "day" : "days")} overdue",
        0 => "due today",
        _ => $"in {days.Value.ToString(CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")}",
    };

    private static string Urgency(ScheduleUrgency? urgency) => urgency switch
    {
        ScheduleUrgency.WithdrawalEmergency => " — WITHDRAWAL EMERGENCY OPEN",
        ScheduleUrgency.PastAlarmDate => " — PAST THE ALARM DATE",
        ScheduleUrgency.Overdue => " — OVERDUE",
        _ => string.Empty,
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}

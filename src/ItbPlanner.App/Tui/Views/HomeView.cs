using System.Globalization;
using ItbPlanner.App.Output;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>The home screen: critical alerts, plans not yet in a pump, the refill schedule (who runs out first) and open alarms. Pure.</summary>
internal static class HomeView
{
    /// <summary>The most schedule rows shown; the rest are counted.</summary>
    public const int MaxRows = 15;

    /// <summary>Renders the model.</summary>
    public static IRenderable Render(HomeModel model, Func<DateTimeOffset, string> local) => Stack.Of(
        CriticalAlertView.Render(model.Critical),
        TransferView.Render(model.Pending, local),
        Schedule(model),
        Alarms(model, local),
        model.Checkpoint is { } stale ? new Markup($"[yellow]{TerminalText.Markup(stale.Code)}: {TerminalText.Markup(stale.Message)}[/]") : Text.Empty,
        new Markup($"[grey]Log: {TerminalText.Markup(model.Database)}[/]"),
        Text.Empty);

    private static IRenderable Schedule(HomeModel model)
    {
        if (model.Schedule.Count == 0)
        {
            return new Markup("No patients yet: choose [bold]New patient[/] to register the first.\n");
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Refill schedule — who runs out first"), Expand = true };
        table.AddColumn("Patient");
        table.AddColumn("Phase");
        table.AddColumn(new TableColumn("Dose").RightAligned());
        table.AddColumn("Refill by");
        table.AddColumn(new TableColumn("Days left").RightAligned());
        table.AddColumn("Alarm date");
        table.AddColumn("Flags");
        foreach (var row in model.Schedule.Take(MaxRows))
        {
            var style = row.Overdue ? "bold red" : row.Urgency == ScheduleUrgency.DatesUnknown ? "red" : row.DaysLeft <= 7 ? "yellow" : "default";
            var flags = new List<string>();
            if (row.WithdrawalRisk)
            {
                flags.Add("[red]⚠ WITHDRAWAL RISK[/]");
            }

            if (row.Pending is not null)
            {
                flags.Add("[red]NOT TRANSFERRED[/]");
            }

            if (row.OpenAlarms > 0)
            {
                flags.Add($"[red]{row.OpenAlarms} open alarm{(row.OpenAlarms == 1 ? string.Empty : "s")}[/]");
            }

            flags.AddRange(row.Attention.Select(code => $"[yellow]{TerminalText.Markup(code)}[/]"));
            table.AddRow(
                new Markup($"[{style}]{TerminalText.Markup(row.Id.Value)}{(row.Label == row.Id.Value ? string.Empty : " " + TerminalText.Markup(row.Label))}[/]"),
                new Markup(TerminalText.Markup(PhaseText.Of(row.Phase))),
                new Markup(row.Dose is { } dose ? TerminalText.Markup(dose.ToUnit(MassFlowUnit.MicrogramPerDay).Display()) : "[grey]—[/]"),
                new Markup(row.RefillBy is { } by ? $"[{style}]{by:yyyy-MM-dd} {by.DayOfWeek.ToString()[..3]}[/]" : row.Urgency == ScheduleUrgency.DatesUnknown ? "[red]UNKNOWN[/]" : "[grey]—[/]"),
                new Markup(Days(row, style)),
                new Markup(row.AlarmDate is { } alarm ? $"{alarm:yyyy-MM-dd}" : "[grey]—[/]"),
                new Markup(string.Join(" ", flags)));
        }

        var more = model.Schedule.Count - MaxRows;
        return more > 0
            ? new Rows(table, new Markup($"[grey]… and {more} more: choose Open patient to see them.[/]"))
            : table;
    }

    private static string Days(ScheduleRow row, string style) => row switch
    {
        { Urgency: ScheduleUrgency.WithdrawalEmergency } => $"[{style}]EMERGENCY[/]",
        { Urgency: ScheduleUrgency.PastAlarmDate } => $"[{style}]PAST ALARM[/]",
        { DaysLeft: < 0 and var late } => $"[{style}]OVERDUE {(-late).ToString(CultureInfo.InvariantCulture)}[/]",
        { DaysLeft: { } days } => $"[{style}]{days.ToString(CultureInfo.InvariantCulture)}[/]",
        _ => "[grey]—[/]",
    };

    private static Markup Alarms(HomeModel model, Func<DateTimeOffset, string> local)
    {
        if (model.OpenAlarms.Count == 0)
        {
            return new Markup("Open alarms: [green]none[/]");
        }

        var lines = model.OpenAlarms.Select(a =>
            $"[red]{TerminalText.Markup(a.Patient.Value)}[/] {TerminalText.Markup(a.Alarm.AlertCode ?? LogCodes.Code(a.Alarm.Alarm))} raised {TerminalText.Markup(local(a.Alarm.At))} (event {a.Alarm.Seq})");
        return new Markup($"Open alarms ({model.OpenAlarms.Count}):\n" + string.Join("\n", lines));
    }
}

using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>
/// The clinic's refill schedule as a table, most urgent first: overdue rows red, patients with withdrawal risk marked,
/// then each patient's alerts (and working on request). Pure: schedule in, renderable out.
/// </summary>
internal static class ScheduleView
{
    /// <summary>Renders a schedule.</summary>
    public static IRenderable Render(ClinicSchedule schedule, int? within, string protocolTitle, bool showWorking)
    {
        var rows = new List<IRenderable>();
        var scope = within is { } days ? $", refill-by within {days} days or overdue" : string.Empty;
        if (schedule.Entries.Count == 0)
        {
            rows.Add(new Markup(within is null
                ? "No patient has a pump program in force."
                : $"No refill is due within {within} days and none is overdue."));
        }
        else
        {
            rows.Add(Table(schedule, scope));
            rows.Add(Findings(schedule));
        }

        if (showWorking)
        {
            foreach (var entry in schedule.Entries)
            {
                rows.Add(new Markup($"[bold]{Markup.Escape($"{entry.PatientId} {entry.Label}")}[/]"));
                rows.Add(WorkingView.Render(entry.Working));
            }
        }

        rows.Add(AlertView.Render(schedule.Alerts));
        rows.Add(new Markup($"[grey]Dates recomputed from each patient's last fill and program with {Markup.Escape(protocolTitle)}; --json shows the working.[/]"));
        return new Rows(rows);
    }

    private static Table Table(ClinicSchedule schedule, string scope)
    {
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle($"Refill schedule — {schedule.Today:yyyy-MM-dd} ({schedule.Entries.Count} {(schedule.Entries.Count == 1 ? "patient" : "patients")}{Markup.Escape(scope)})"),
        };
        foreach (var column in new[] { "Patient", "Pump", "Program", "Last fill", "Alarm", "Worst-case empty", "Refill by", "Days", "ERI", "Flags" })
        {
            table.AddColumn(column);
        }

        foreach (var e in schedule.Entries)
        {
            var style = e.Urgency switch
            {
                ScheduleUrgency.PastAlarmDate => "bold red",
                ScheduleUrgency.Overdue => "red",
                ScheduleUrgency.DatesUnknown => "yellow",
                _ => "default",
            };
            var program = $"{e.Program.Dose.Display()} at {e.Program.Concentration.Display()} = {e.DailyVolume.Display()}, {LogCodes.Code(e.Program.Mode)}"
                + (e.Program.Suspended ? ", SUSPENDED" : string.Empty);
            var fill = e.LastFill is { } f && e.LastFillDate is { } d ? $"{Date(d)}, {f.Volume.Display()}" : "—";
            var days = e.DaysUntilRefillBy is { } n ? n.ToString(CultureInfo.InvariantCulture) : "—";
            var patient = Markup.Escape($"{e.PatientId} {e.Label}") + (e.HasWithdrawalRisk ? " [bold yellow]⚠ risk[/]" : string.Empty);
            table.AddRow(
                new Markup($"[{style}]{patient}[/]"),
                Cell(e.PumpModelId ?? "—", style),
                Cell(program, style),
                Cell(fill, style),
                Cell(Date(e.AlarmDate), style),
                Cell(Date(e.WorstCaseEmptyDate), style),
                Cell(Date(e.RefillByDate), e.IsOverdue ? "bold red" : "bold"),
                Cell(days, style),
                Cell(Date(e.ElectiveReplacementDate), style),
                new Markup(string.Join(' ', e.Alerts.Select(a => a.Code).Distinct(StringComparer.Ordinal).Select(code => Flag(code, e.Alerts)))));
        }

        return table;
    }

    private static Rows Findings(ClinicSchedule schedule)
    {
        var lines = new List<IRenderable>();
        foreach (var e in schedule.Entries)
        {
            foreach (var alert in e.Alerts)
            {
                var colour = AlertView.ColorOf(alert.Severity).ToMarkup();
                var label = $"{Json.AlertJson.SeverityName(alert.Severity).ToUpperInvariant()} {alert.Code}";
                lines.Add(new Markup($"[{colour}]{Markup.Escape($"{e.PatientId} {e.Label} — {label}")}[/]: {Markup.Escape(alert.Message)}"));
            }
        }

        return new Rows(lines);
    }

    private static string Flag(string code, IReadOnlyList<Alert> alerts)
    {
        var severity = alerts.Where(a => a.Code == code).Max(a => a.Severity);
        return $"[{AlertView.ColorOf(severity).ToMarkup()}]{Markup.Escape(code)}[/]";
    }

    private static Markup Cell(string text, string style) => new($"[{style}]{Markup.Escape(text)}[/]");

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}

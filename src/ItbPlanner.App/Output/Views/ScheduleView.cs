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
/// a count of each patient's alerts by severity; then every alert in full (and the working on request). Pure: schedule
/// in, renderable out.
/// </summary>
internal static class ScheduleView
{
    private static readonly string[] DateColumns = ["Last fill", "Alarm", "Worst case", "Refill by", "Days"];

    /// <summary>Rows per table when a long schedule is rendered in pages (<see cref="Pieces"/>).</summary>
    public const int PageRows = 100;

    /// <summary>Renders a schedule.</summary>
    public static IRenderable Render(ClinicSchedule schedule, int? within, string protocolTitle, bool showWorking) =>
        new Rows(Pieces(schedule, within, protocolTitle, showWorking));

    /// <summary>
    /// The schedule as pieces to write one after another (each a block of whole lines), so a clinic of a thousand patients
    /// is never laid out in memory at once: the table in pages of <see cref="PageRows"/> rows (the first titled, the next
    /// ones "continued"), then each finding, each patient's working, the schedule's alerts and the closing note. Up to
    /// <see cref="PageRows"/> patients, written together, they are exactly <see cref="Render"/>.
    /// </summary>
    public static IEnumerable<IRenderable> Pieces(ClinicSchedule schedule, int? within, string protocolTitle, bool showWorking)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var scope = within is { } days ? $", refill-by within {days} days or overdue" : string.Empty;
        if (schedule.Entries.Count == 0)
        {
            yield return new Markup(within is null
                ? "No patient has a pump program in force."
                : $"No refill is due within {within} days and none is overdue.");
        }
        else
        {
            var withEri = schedule.Entries.Any(e => e.ElectiveReplacementDate is not null);
            for (var first = 0; first < schedule.Entries.Count; first += PageRows)
            {
                var page = schedule.Entries.Skip(first).Take(PageRows).ToArray();
                yield return Table(schedule, page, first == 0 ? Title(schedule, scope) : $"Refill schedule — continued (patients {first + 1}–{first + page.Length} of {schedule.Entries.Count})", withEri);
            }

            foreach (var finding in Findings(schedule))
            {
                yield return finding;
            }
        }

        if (showWorking)
        {
            foreach (var entry in schedule.Entries)
            {
                yield return new Markup($"[bold]{TerminalText.Markup($"{entry.PatientId} {entry.Label}")}[/]");
                yield return WorkingView.Render(entry.Working);
            }
        }

        if (schedule.Entries.Count > 0)
        {
            yield return AlertView.Render(schedule.Alerts);
            yield return new Markup($"[grey]Dates recomputed from each patient's last fill and program with {TerminalText.Markup(protocolTitle)}; --working or --json shows how.[/]");
        }
    }

    private static string Title(ClinicSchedule schedule, string scope) =>
        $"Refill schedule — {schedule.Today:yyyy-MM-dd} ({schedule.Entries.Count} {(schedule.Entries.Count == 1 ? "patient" : "patients")}{TerminalText.Markup(scope)})";

    private static Table Table(ClinicSchedule schedule, IReadOnlyList<ScheduleEntry> entries, string title, bool withEri)
    {
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle(title),
        };
        table.AddColumn("Patient");
        table.AddColumn(new TableColumn("Program, pump").NoWrap());
        foreach (var column in DateColumns.Concat(withEri ? ["ERI"] : []))
        {
            table.AddColumn(new TableColumn(column).NoWrap());
        }

        table.AddColumn(new TableColumn("Alerts").NoWrap());
        foreach (var e in entries)
        {
            var style = e.Urgency switch
            {
                ScheduleUrgency.WithdrawalEmergency or ScheduleUrgency.PastAlarmDate => "bold red",
                ScheduleUrgency.Overdue => "red",
                ScheduleUrgency.DatesUnknown => "yellow",
                _ => "default",
            };
            var program = new List<string> { e.Program.Dose.Display(), e.Program.Concentration.Display(), e.DailyVolume.Display() };
            if (e.Program.Mode != Domain.Log.Payloads.DeliveryMode.SimpleContinuous)
            {
                program.Add(LogCodes.Code(e.Program.Mode));
            }

            if (e.Program.Suspended)
            {
                program.Add("SUSPENDED");
            }

            program.Add(e.PumpModelId ?? "pump unknown");
            var patient = $"[{style}]{TerminalText.Markup(e.PatientId.ToString())}\n{TerminalText.Markup(e.Label)}[/]" + (e.HasWithdrawalRisk ? "\n[bold yellow]⚠ risk[/]" : string.Empty);
            var cells = new List<IRenderable>
            {
                new Markup(patient),
                Cell(string.Join('\n', program), style),
                Cell(Date(e.LastFillDate), style),
                Cell(Date(e.AlarmDate), style),
                Cell(Date(e.WorstCaseEmptyDate), style),
                Cell(Date(e.RefillByDate), e.IsOverdue ? "bold red" : "bold"),
                Cell(e.DaysUntilRefillBy is { } n ? n.ToString(CultureInfo.InvariantCulture) : "—", style),
            };
            if (withEri)
            {
                cells.Add(Cell(Date(e.ElectiveReplacementDate), style));
            }

            cells.Add(new Markup(Counts(e.Alerts)));
            table.AddRow(cells);
        }

        return table;
    }

    private static IEnumerable<IRenderable> Findings(ClinicSchedule schedule)
    {
        foreach (var e in schedule.Entries)
        {
            foreach (var alert in e.Alerts)
            {
                var colour = AlertView.ColorOf(alert.Severity).ToMarkup();
                var label = $"{Json.AlertJson.SeverityName(alert.Severity).ToUpperInvariant()} {alert.Code}";
                yield return new Markup($"[{colour}]{TerminalText.Markup($"{e.PatientId} {e.Label} — {label}")}[/]: {TerminalText.Markup(alert.Message)}");
            }
        }
    }

    private static string Counts(IReadOnlyList<Alert> alerts) => string.Join(
        '\n',
        alerts.GroupBy(a => a.Severity)
            .OrderByDescending(g => g.Key)
            .Select(g => $"[{AlertView.ColorOf(g.Key).ToMarkup()}]{g.Count()} {Json.AlertJson.SeverityName(g.Key)}[/]"));

    private static Markup Cell(string text, string style) => new($"[{style}]{TerminalText.Markup(text)}[/]");

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}

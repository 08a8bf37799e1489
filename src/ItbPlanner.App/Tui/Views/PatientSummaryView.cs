using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>
/// A patient at a glance: details, phase, program, today's dates (recomputed as <c>itb schedule</c> does, the recorded ones
/// beside them), pending plan, open alarms and the schedule's critical findings. Pure.
/// </summary>
internal static class PatientSummaryView
{
    /// <summary>Renders the summary.</summary>
    public static IRenderable Render(PatientFile file, DateOnly today, Func<DateTimeOffset, string> local)
    {
        var patient = file.Patient;
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn();
        Add(grid, "Patient", $"{patient.Id}{(patient.Label == patient.Id.Value ? string.Empty : " · " + patient.Label)} · {LogCodes.Code(patient.Population)} · {LogCodes.Code(patient.Origin)}");
        grid.AddRow(new Markup("[grey]Phase[/]"), new Markup(file.Phase is null ? $"[red]{TerminalText.Markup(file.CourseProblem ?? "unknown")}[/]" : TerminalText.Markup(PhaseText.Of(file.Phase))));
        foreach (var stray in file.Record.CourseStrays)
        {
            grid.AddRow(new Markup("[grey]Not in the course[/]"), new Markup($"[yellow]{TerminalText.Markup(stray)}[/]"));
        }
        if (patient.HasWithdrawalRisk)
        {
            grid.AddRow(new Markup("[grey]Withdrawal risk[/]"), new Markup($"[red]⚠ {TerminalText.Markup(string.Join(", ", patient.WithdrawalRiskFactors.Select(LogCodes.Code)))}[/]"));
        }

        Add(grid, "Pump", file.Pump?.Name ?? patient.PumpModelId ?? "none implanted");
        Add(grid, "Program", PatientView.Program(file.Record.Program, local));
        if (file.Outlook.HasProgram)
        {
            // Today's dates, recomputed as the schedule computes them; the stored ones only beside them, as recorded.
            var current = TerminalText.Markup(OutlookView.Current(file.Outlook));
            var alarming = file.Outlook.Entry?.IsOverdue == true || file.Outlook.RefillByDate is null;
            var recorded = OutlookView.Recorded(file.Outlook) is { } text ? $"\n[grey]{TerminalText.Markup(text)} — not current[/]" : string.Empty;
            grid.AddRow(new Markup("[grey]Dates[/]"), new Markup((alarming ? $"[bold red]{current}[/]" : current) + recorded));
        }

        var rows = new List<IRenderable> { grid };
        if (file.Record.PendingTransfer is { } pending)
        {
            rows.Add(TransferView.Render([(file.Id, pending)], local));
        }

        if (file.OpenAlarms.Count > 0)
        {
            rows.Add(new Markup($"[red]Open alarms: {TerminalText.Markup(string.Join(", ", file.OpenAlarms.Select(a => $"{a.AlertCode ?? LogCodes.Code(a.Alarm)} #{a.Seq}")))}[/]"));
        }

        var critical = file.Outlook.Alerts.Where(a => a.Severity == AlertSeverity.Critical && a.Code != AlertCodes.AlarmUnacknowledged).ToArray();
        if (critical.Length > 0)
        {
            rows.Add(new Markup(string.Join("\n", critical.Select(a => $"[bold red]CRITICAL {TerminalText.Markup(a.Code)}[/] [red]{TerminalText.Markup(a.Message)}[/]"))));
        }

        rows.Add(Text.Empty);
        return new Rows(rows);
    }

    private static void Add(Grid grid, string label, string value) => grid.AddRow(new Markup($"[grey]{TerminalText.Markup(label)}[/]"), new Markup(TerminalText.Markup(value)));
}

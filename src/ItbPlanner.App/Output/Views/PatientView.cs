using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>Patients as tables. Pure: data in, renderable out; moments shown through the given local-time formatter.</summary>
internal static class PatientView
{
    /// <summary>The patient list.</summary>
    public static IRenderable List(IReadOnlyList<PatientRegistration> patients, Func<DateTimeOffset, string> local)
    {
        if (patients.Count == 0)
        {
            return new Markup("No patients registered yet: [bold]itb patient add --id ID --population adult|child --origin spinal|cerebral|sps|other[/].");
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Patients ({patients.Count})") };
        foreach (var column in new[] { "ID", "Label", "Population", "Origin", "Pump", "Withdrawal risk", "Events", "Registered" })
        {
            table.AddColumn(column);
        }

        foreach (var p in patients)
        {
            var d = p.Patient;
            table.AddRow(
                TerminalText.Markup(d.Id.Value),
                TerminalText.Markup(d.Label),
                LogCodes.Code(d.Population),
                LogCodes.Code(d.Origin),
                TerminalText.Markup(d.PumpModelId ?? "—"),
                d.HasWithdrawalRisk ? $"[red]{string.Join(", ", d.WithdrawalRiskFactors.Select(LogCodes.Code))}[/]" : "—",
                p.Events.ToString(System.Globalization.CultureInfo.InvariantCulture),
                local(p.RegisteredAt));
        }

        return table;
    }

    /// <summary>One patient: details, program in force, the current dates (recomputed), the recorded ones beside them, and the alerts.</summary>
    public static IRenderable Details(PatientRegistration registered, TherapyRecord timeline, PatientOutlook outlook, Func<DateTimeOffset, string> local)
    {
        var p = registered.Patient;
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Patient {TerminalText.Markup(p.Id.Value)}") };
        table.AddColumn("Item");
        table.AddColumn("Value");
        Row(table, "Label", p.Label);
        Row(table, "Population", LogCodes.Code(p.Population));
        Row(table, "Origin", LogCodes.Code(p.Origin));
        Row(table, "Pump", p.PumpModelId ?? "—");
        Row(table, "Catheter", p.Catheter is { } c ? string.Join(", ", new[] { c.ModelId, c.ImplantedLengthCm is { } cm ? $"{cm} cm" : null, c.TipLevel is { } tip ? $"tip {tip}" : null, c.Notes }.Where(s => s is not null)) : "—");
        Row(table, "Withdrawal risk", p.HasWithdrawalRisk ? string.Join(", ", p.WithdrawalRiskFactors.Select(LogCodes.Code)) : "none recorded");
        Row(table, "IgA deficiency", EventSummary.IgaDeficiency(p) ?? "not known");
        if (p.RiskNotes is { } notes)
        {
            Row(table, "Risk notes", notes);
        }

        Row(table, "Registered", local(registered.RegisteredAt));
        Row(table, "Events", registered.Events.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(table, "Phase", timeline.Phase is { } phase ? phase.ToString() : timeline.CourseProblem ?? "unknown");
        foreach (var stray in timeline.CourseStrays)
        {
            Row(table, "Not in the course", stray);
        }

        Row(table, "Program", Program(timeline.Program, local));
        Row(table, "Current dates", OutlookView.Current(outlook));
        if (OutlookView.Recorded(outlook) is { } recorded)
        {
            Row(table, "Recorded dates", recorded + " — not current");
        }

        if (timeline.WithdrawalEmergency is { } emergency)
        {
            table.AddRow(new Markup("Withdrawal emergency"), new Markup($"[bold red]OPEN since {TerminalText.Markup(local(emergency.At))} (event {emergency.Seq}): {TerminalText.Markup(emergency.Symptoms)}[/]"));
        }

        return outlook.Alerts.Count == 0
            ? table
            : new Rows(table, new Markup($"[grey]{TerminalText.Markup(OutlookView.Heading)} on {EventSummary.Date(outlook.Today)}; the alerts of itb schedule:[/]"), AlertView.Render(outlook.Alerts));
    }

    /// <summary>The program in force in one line.</summary>
    public static string Program(ProgramInForce? program, Func<DateTimeOffset, string> local) => program is null
        ? "none (not implanted)"
        : $"{program.Dose.Display()} at {program.Concentration.Display()} = {program.Rate.Display()}, {LogCodes.Code(program.Mode)}, since {local(program.Since)} (event {program.Seq})"
            + (program.Suspended ? " — SUSPENDED" : string.Empty);

    private static void Row(Table table, string item, string value) => table.AddRow(TerminalText.Markup(item), TerminalText.Markup(value));
}

using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.Tui.Models;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>The screening trial: each bolus with the volume to draw, what was given and scored, and what comes next. Pure.</summary>
internal static class ScreeningView
{
    /// <summary>Renders the model.</summary>
    public static IRenderable Render(ScreeningModel model, Func<DateTimeOffset, string> local)
    {
        var plan = model.Plan;
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Screening trial ({plan.Population.ToString().ToLowerInvariant()}) — boluses of {TerminalText.Markup(plan.Concentration.Display())}"), Expand = true };
        table.AddColumn("#");
        table.AddColumn(new TableColumn("Dose").RightAligned());
        table.AddColumn(new TableColumn("Draw").RightAligned());
        table.AddColumn("Status");
        foreach (var bolus in plan.Boluses)
        {
            var index = bolus.Number - 1;
            string status;
            if (index < model.Observations.Count)
            {
                var seen = model.Observations[index];
                var after = seen.AfterBolus.Count == 0 ? "no scores after it yet" : string.Join("; ", seen.AfterBolus.Select(t => $"{t.AfterBolus.ToUnit(DurationUnit.Hour).Display()}: {t.Scores}"));
                status = $"given {local(seen.GivenAt)} · baseline {seen.Baseline?.ToString() ?? "retracted"} · {after}";
            }
            else if (model.NextBolus?.Number == bolus.Number)
            {
                status = $"[bold]next[/]{(model.NextBolusFrom is { } from ? $" — from {TerminalText.Markup(local(from))}" : string.Empty)}"
                    + (model.Baseline is { } baseline ? $" · baseline {TerminalText.Markup(baseline.ToString())}" : " · baseline not yet recorded");
                table.AddRow(bolus.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), TerminalText.Markup(bolus.Dose.Display()), TerminalText.Markup(bolus.Volume.Display()), status);
                continue;
            }
            else
            {
                status = "[grey]only if the response to the previous bolus is inadequate[/]";
                table.AddRow(bolus.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), TerminalText.Markup(bolus.Dose.Display()), TerminalText.Markup(bolus.Volume.Display()), status);
                continue;
            }

            table.AddRow(bolus.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), TerminalText.Markup(bolus.Dose.Display()), TerminalText.Markup(bolus.Volume.Display()), TerminalText.Markup(status));
        }

        var rows = new List<IRenderable>
        {
            table,
            new Markup($"[grey]Assess at baseline and after each bolus: {TerminalText.Markup(string.Join(", ", plan.Assess))}. Observe each bolus for {TerminalText.Markup(plan.Boluses[0].Observation.ToUnit(DurationUnit.Hour).Display())}.[/]"),
            new Markup($"[grey]Positive response: {TerminalText.Markup(plan.PositiveResponse)}[/]"),
            new Markup($"Phase: [bold]{TerminalText.Markup(PhaseText.Of(model.Phase))}[/]"),
        };
        if (model.Phase == TherapyPhase.ScreeningPositive && model.StartDose is { } start)
        {
            rows.Add(new Markup($"[green]Screening positive.[/] The starting dose after implant will be [bold]{TerminalText.Markup(start.StartDose.Display())}[/] (from the {TerminalText.Markup(start.ScreeningDose.Display())} bolus)."));
        }
        else if (model.Phase == TherapyPhase.NotACandidate)
        {
            rows.Add(new Markup("[yellow]Not a candidate for an implant: no adequate response to the screening boluses.[/]"));
        }

        rows.Add(AlertView.Render(plan.Alerts.Where(a => a.Severity != Domain.Alerts.AlertSeverity.Info).ToArray()));
        rows.Add(Text.Empty);
        return new Rows(rows);
    }
}

using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Screening;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A screening trial: one row per bolus, what to assess, the positive-response criterion, alerts, working. Pure.</summary>
internal static class ScreeningPlanView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(ScreeningPlan plan, string protocolTitle)
    {
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle($"Screening trial — {plan.Population.ToString().ToLowerInvariant()}, from {plan.Start:yyyy-MM-dd}"),
            Caption = new TableTitle($"Each bolus only if the response to the previous one was inadequate; drawn from {Markup.Escape(plan.Concentration.Display())}."),
        };
        table.AddColumn("Bolus");
        table.AddColumn(new TableColumn("Dose").RightAligned());
        table.AddColumn(new TableColumn("Volume").RightAligned());
        table.AddColumn("Earliest");
        table.AddColumn(new TableColumn("Observe").RightAligned());
        if (plan.SmallChildStart is { } small)
        {
            table.AddRow(
                Markup.Escape("1, very small child"),
                Markup.Escape(small.Dose.Display()),
                Markup.Escape(small.Volume.Display()),
                Markup.Escape(small.EarliestDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(small.Observation.Display()));
        }

        foreach (var bolus in plan.Boluses)
        {
            table.AddRow(
                Markup.Escape(bolus.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(bolus.Dose.Display()),
                Markup.Escape(bolus.Volume.Display()),
                Markup.Escape(bolus.EarliestDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(bolus.Observation.Display()));
        }

        var smallNote = plan.SmallChildStart is { } option
            ? new Markup($"[bold]Very small children[/] may start at {Markup.Escape(option.Dose.Display())} instead of bolus 1; the escalation then continues with bolus 2.")
            : (IRenderable)Text.Empty;
        return new Rows(
            table,
            smallNote,
            new Markup($"[bold]Assess[/] at baseline and after each bolus: {Markup.Escape(string.Join(", ", plan.Assess))}"),
            new Markup($"[bold]Positive response[/]: {Markup.Escape(plan.PositiveResponse)}"),
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {Markup.Escape(protocolTitle)}[/]"));
    }
}

using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Quantities;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A concentration change as a table (new rate, unbridged effect, bridge), its alerts and working. Pure.</summary>
internal static class ConcentrationChangeView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(ConcentrationChangePlan plan, string protocolTitle)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Concentration change — {TerminalText.Markup(plan.From.Display())} → {TerminalText.Markup(plan.To.Display())} at {TerminalText.Markup(plan.Dose.ToUnit(MassFlowUnit.MicrogramPerDay).Display())}") };
        table.AddColumn("Item");
        table.AddColumn(new TableColumn("Value").RightAligned());
        Row(table, "Old rate", plan.OldRate.Display());
        table.AddRow(new Markup("[bold]New rate[/]"), new Markup($"[bold]{TerminalText.Markup(plan.NewRate.Display())}[/]"));
        Row(table, "Dead space (tubing + catheter)", plan.DeadSpace.Display());
        Row(table, "Unbridged dose", $"{plan.UnbridgedDose.ToUnit(MassFlowUnit.MicrogramPerDay).Display()} for {plan.UnbridgedDuration.ToUnit(DurationUnit.Hour).Display()}");
        table.AddRow(
            new Markup("[bold]Bridge[/]"),
            new Markup($"[bold]{TerminalText.Markup(plan.BridgeVolume.Display())} at {TerminalText.Markup(plan.BridgeRate.Display())} for {TerminalText.Markup(plan.BridgeDuration.ToUnit(DurationUnit.Hour).Display())}[/], then the new rate"));

        return new Rows(
            table,
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }

    private static void Row(Table table, string item, string value) => table.AddRow(TerminalText.Markup(item), TerminalText.Markup(value));
}

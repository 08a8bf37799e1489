using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Quantities;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A constant-flow fill: the concentration the dose needs and how to make it. Pure.</summary>
internal static class ConstantFlowView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(ConstantFlowPlan plan, string protocolTitle)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Constant-flow fill — {TerminalText.Markup(plan.Pump.Id)}") };
        table.AddColumn("Item");
        table.AddColumn(new TableColumn("Value").RightAligned());
        Row(table, "Target dose", plan.Dose.ToUnit(MassFlowUnit.MicrogramPerDay).Display());
        if (plan.PreviousDose is { } previous)
        {
            Row(table, "Previous dose", previous.ToUnit(MassFlowUnit.MicrogramPerDay).Display());
        }

        Row(table, "Fixed rate", plan.FixedRate.Display());
        table.AddRow(new Markup("[bold]Required concentration[/]"), new Markup($"[bold]{TerminalText.Markup(plan.RequiredConcentration.Display())}[/]"));
        if (plan.Dilution is { } d)
        {
            Row(table, "Stock", $"{d.StockVolume.Display()} of {d.Stock.Concentration.Value.Display()}");
            Row(table, "Preservative-free normal saline", d.SalineVolume.Display());
            Row(table, "Total", d.FillVolume.Display());
        }
        else
        {
            Row(table, "Stock", "stocked strength, undiluted");
        }

        return new Rows(
            table,
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }

    private static void Row(Table table, string item, string value) => table.AddRow(TerminalText.Markup(item), TerminalText.Markup(value));
}

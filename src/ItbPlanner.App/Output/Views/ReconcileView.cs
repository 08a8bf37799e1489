using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A residual reconciliation as a table, its alerts and its working. Pure: result in, renderable out.</summary>
internal static class ReconcileView
{
    /// <summary>Renders a result.</summary>
    public static IRenderable Render(ReconciliationRequest request, ReconciliationResult result, IReadOnlyList<Alert> alerts, string protocolTitle)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Residual reconciliation — {TerminalText.Markup(request.Pump.Id)}, {request.Date:yyyy-MM-dd}") };
        table.AddColumn("Item");
        table.AddColumn(new TableColumn("Value").RightAligned());
        Row(table, "Filled", $"{request.FillVolume.Display()} on {request.FillDate:yyyy-MM-dd} ({result.DaysElapsed} days ago)");
        Row(table, "Daily volume", result.DailyVolume.Display());
        if (result.LowestExpectedResidual is { } lowest)
        {
            Row(table, "Expected range", $"{lowest.Display()} – {Volume.Max(result.ProjectedResidual, Volume.Zero).Display()}");
        }

        Row(table, "Expected residual", result.ExpectedResidual.Display());
        Row(table, "Aspirated", result.Aspirated.Display());
        var verdict = result.BeyondTolerance ? "[bold red]beyond tolerance[/]" : "[green]within tolerance[/]";
        table.AddRow(new Markup("[bold]Discrepancy[/]"), new Markup($"[bold]{TerminalText.Markup(result.Discrepancy.Display())}[/] ({verdict})"));
        Row(table, "Tolerance", result.Tolerance.Display());

        return new Rows(
            table,
            AlertView.Render(alerts),
            WorkingView.Render(result.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }

    private static void Row(Table table, string item, string value) => table.AddRow(TerminalText.Markup(item), TerminalText.Markup(value));
}

using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>A refill plan as a table, its alerts and its working. Pure: plan in, renderable out.</summary>
internal static class RefillView
{
    /// <summary>Renders a plan.</summary>
    public static IRenderable Render(RefillPlan plan, string protocolTitle)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Refill plan — {TerminalText.Markup(plan.PumpId)}, {plan.RefillDate:yyyy-MM-dd}") };
        table.AddColumn("Item");
        table.AddColumn(new TableColumn("Value").RightAligned());
        Row(table, "Concentration", plan.Concentration.Display());
        Row(table, "Daily dose", plan.DailyDose.ToUnit(MassFlowUnit.MicrogramPerDay).Display());
        if (plan.DailyDoseWithBoluses != plan.DailyDose)
        {
            Row(table, "With every allowed bolus", plan.DailyDoseWithBoluses.ToUnit(MassFlowUnit.MicrogramPerDay).Display());
        }

        Row(table, "Daily volume", plan.DailyVolume.Display());
        Row(table, "Fill volume", plan.FillVolume.Display());
        Row(table, "Alarm volume", plan.AlarmVolume.Display());
        Row(table, "Not deliverable", plan.NonDeliverableVolume.Display());
        Row(table, "Low-reservoir alarm", $"{plan.AlarmDate:yyyy-MM-dd} ({plan.DaysToAlarm.Display()})");
        Row(table, "Empty", $"{plan.EmptyDate:yyyy-MM-dd} ({plan.DaysToEmpty.Display()})");
        Row(table, "Worst-case empty", $"{plan.WorstCaseEmptyDate:yyyy-MM-dd} ({plan.WorstCaseDaysToEmpty.Display()})");
        if (plan is { WithdrawalRiskAlarmVolume: { } risk, WithdrawalRiskAlarmDate: { } riskDate })
        {
            Row(table, $"{risk.Display()} left (withdrawal risk)", $"{riskDate:yyyy-MM-dd}");
        }

        table.AddRow(new Markup("[bold]Refill by[/]"), new Markup($"[bold]{plan.RefillByDate:yyyy-MM-dd} ({plan.RefillByDate.DayOfWeek})[/]"));

        return new Rows(
            table,
            AlertView.Render(plan.Alerts),
            WorkingView.Render(plan.Working),
            new Markup($"[grey]Protocol: {TerminalText.Markup(protocolTitle)}[/]"));
    }

    private static void Row(Table table, string item, string value) => table.AddRow(TerminalText.Markup(item), TerminalText.Markup(value));
}

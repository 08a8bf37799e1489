using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Refills;

/// <summary>Refill and reconciliation when the program changed after the fill (<see cref="ReservoirUse"/>).</summary>
public class PartWayThroughAFillTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();
    private static readonly PumpModel Pump20 = Protocol.FindPump("synchromed-ii-20")!;
    private static readonly PumpModel Pump40 = Protocol.FindPump("synchromed-ii-40")!;
    private static readonly MassConcentration At500 = MassConcentration.FromMicrogramsPerMilliliter(500);
    private static readonly DateOnly Filled = new(2026, 9, 1);

    private static RefillPlan Plan(decimal mcgPerDay, ReservoirUse? use, decimal fillMl = 40) => RefillCalculator.Plan(
        new RefillRequest(Pump40, At500, DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(mcgPerDay), At500), Filled, FillVolume: Volume.FromMilliliters(fillMl), UsedSinceFill: use),
        Protocol);

    [Fact]
    public void A_dose_doubled_a_month_after_the_fill_projects_from_the_change()
    {
        // 30 days at 0.2 mL/day = 6 mL: 34 mL left, 40 − 6 × 1.145 = 33.13 mL in the worst case; now 0.4 mL/day, and
        // the pump cannot deliver the last 1.4 mL: empty after (34 − 1.4) ÷ 0.4 = 81.5 days, worst case (33.13 − 1.4) ÷ 0.458 = 69.3.
        var plan = Plan(200, new ReservoirUse(new DateOnly(2026, 10, 1), Volume.FromMilliliters(6)));

        Assert.Equal(80m, plan.DaysToAlarm.Days);
        Assert.Equal(new DateOnly(2026, 12, 20), plan.AlarmDate);
        Assert.Equal(new DateOnly(2026, 12, 21), plan.EmptyDate);
        Assert.Equal(new DateOnly(2026, 12, 9), plan.WorstCaseEmptyDate);
        Assert.Equal(new DateOnly(2026, 12, 2), plan.RefillByDate);
        Assert.Equal(RefillLimit.WorstCaseEmpty, plan.BindingLimit);
        Assert.Contains(plan.Working, l => l.Contains("V″ = V − used × (1 + a) = 40 mL − 6 mL × 1.145 = 33.13 mL", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stability_limit_still_counts_from_the_fill()
    {
        // 50 mcg/day at 500 = 0.1 mL/day: 40 mL would last far beyond 180 days from the fill.
        var plan = Plan(50, new ReservoirUse(new DateOnly(2026, 10, 1), Volume.FromMilliliters(3)));

        Assert.Equal(RefillLimit.Stability, plan.BindingLimit);
        Assert.Equal(new DateOnly(2027, 2, 26), plan.RefillByDate);
    }

    [Fact]
    public void A_reservoir_already_below_the_alarm_at_the_change_alarms_before_it()
    {
        var plan = Plan(100, new ReservoirUse(new DateOnly(2026, 12, 1), Volume.FromMilliliters(39)));

        Assert.True(plan.AlarmDate < new DateOnly(2026, 12, 1));
        Assert.True(plan.RefillByDate < plan.AlarmDate);
    }

    [Fact]
    public void Nothing_used_on_the_fill_date_plans_as_from_the_fill()
    {
        var plain = Plan(186, null);
        var part = Plan(186, new ReservoirUse(Filled, Volume.Zero));

        Assert.Equal(
            (plain.AlarmDate, plain.EmptyDate, plain.WorstCaseEmptyDate, plain.RefillByDate),
            (part.AlarmDate, part.EmptyDate, part.WorstCaseEmptyDate, part.RefillByDate));
    }

    [Fact]
    public void Refill_by_is_never_after_alarm_or_worst_case_less_the_margin_part_way_through_a_fill()
    {
        var arbitrary = (from days in Gen.Choose(0, 150)
                         from usedTenths in Gen.Choose(0, 380)
                         from dose in Gen.Choose(30, 800)
                         select (days, usedTenths, dose)).ToArbitrary();
        Check.QuickThrowOnFailure(Prop.ForAll(arbitrary, x =>
        {
            var plan = Plan(x.dose, new ReservoirUse(Filled.AddDays(x.days), Volume.FromMilliliters(x.usedTenths / 10m)));
            return plan.RefillByDate.AddDays(7) <= plan.AlarmDate && plan.RefillByDate.AddDays(7) <= plan.WorstCaseEmptyDate && plan.RefillByDate <= Filled.AddDays(180);
        }));
    }

    [Fact]
    public void A_change_before_the_fill_or_a_negative_volume_used_is_invalid()
    {
        InvalidInput.Named("used since fill", () => Plan(100, new ReservoirUse(Filled.AddDays(-1), Volume.Zero)));
        InvalidInput.Named("used since fill", () => Plan(100, new ReservoirUse(Filled, Volume.FromMilliliters(-1))));
    }

    [Fact]
    public void Reconciliation_counts_the_earlier_program_then_the_current_one()
    {
        // 20 mL on 2026-08-21 at 0.1 mL/day; 0.2 mL/day from 2026-10-21: 6.1 mL + 31 × 0.2 = 6.2 mL used, 7.7 mL expected.
        var result = Reconcile(aspiratedMl: 7.7m, used: 6.1m);

        Assert.Equal(Volume.FromMilliliters(7.7m), result.ExpectedResidual);
        Assert.Equal(92, result.DaysElapsed);
        Assert.Equal(Volume.FromMilliliters(12.3m), result.ExpectedDelivered);
        Assert.DoesNotContain(result.Alerts, a => a.Severity > AlertSeverity.Info);
        Assert.Contains(result.Working, l => l.Contains("fill − used by earlier programs to 2026-10-21 − Q × days since − boluses", StringComparison.Ordinal));
    }

    [Fact]
    public void Reconciliation_part_way_flags_under_delivery_beyond_tolerance()
    {
        var result = Reconcile(aspiratedMl: 10.1m, used: 6.1m);

        Assert.Contains(AlertCodes.UnderDelivery, result.Alerts.Select(a => a.Code));
        Assert.Equal(Volume.FromMilliliters(2.4m), result.Discrepancy);
    }

    [Fact]
    public void Reconciliation_part_way_dates_a_dry_reservoir_from_the_change()
    {
        // 15 mL gone by 2026-10-21; the 5 mL left lasts 12.5 days at 0.4 mL/day: dry about 2026-11-02.
        var result = Reconcile(aspiratedMl: 0, used: 15, newMcgPerDay: 200);

        Assert.Equal(new DateOnly(2026, 11, 2), result.ExpectedDryDate);
        Assert.Contains(AlertCodes.ReservoirExpectedDry, result.Alerts.Select(a => a.Code));
    }

    [Fact]
    public void Reconciliation_refuses_a_change_outside_the_fill_interval()
    {
        InvalidInput.Named("used since fill", () => Reconcile(7.7m, 6.1m, asOf: new DateOnly(2026, 11, 22)));
        InvalidInput.Named("used since fill", () => Reconcile(7.7m, 6.1m, asOf: new DateOnly(2026, 8, 20)));
    }

    private static ReconciliationResult Reconcile(decimal aspiratedMl, decimal used, decimal newMcgPerDay = 100, DateOnly? asOf = null) =>
        ReconciliationCalculator.Reconcile(
            Protocol,
            new ReconciliationRequest(
                Pump20,
                Volume.FromMilliliters(20),
                new DateOnly(2026, 8, 21),
                DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(newMcgPerDay), At500),
                Volume.FromMilliliters(aspiratedMl),
                new DateOnly(2026, 11, 21),
                UsedSinceFill: new ReservoirUse(asOf ?? new DateOnly(2026, 10, 21), Volume.FromMilliliters(used))));
}

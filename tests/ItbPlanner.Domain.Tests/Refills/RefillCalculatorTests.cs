using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Refills;

public class RefillCalculatorTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();
    private static readonly DateOnly Saturday21Nov2026 = new(2026, 11, 21);

    private static RefillPlan Plan(string pump, decimal mcgPerMl, decimal mcgPerDay, DateOnly? date = null, decimal? fillMl = null, decimal? alarmMl = null, DateOnly? booked = null, Population population = Population.Adult, bool compounded = false)
    {
        var c = MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl);
        return RefillCalculator.Plan(
            new RefillRequest(
                Protocol.FindPump(pump)!,
                c,
                DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(mcgPerDay), c),
                date ?? Saturday21Nov2026,
                population,
                fillMl is { } f ? Volume.FromMilliliters(f) : null,
                alarmMl is { } a ? Volume.FromMilliliters(a) : null,
                booked,
                Compounded: compounded),
            Protocol);
    }

    [Fact]
    public void Issue_example_186_mcg_per_day_at_500_in_a_40_mL_pump()
    {
        var plan = Plan("synchromed-ii-40", 500, 186);

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.372m), plan.DailyVolume);
        Assert.Equal(new DateOnly(2027, 3, 3), plan.AlarmDate);
        Assert.Equal(new DateOnly(2027, 3, 4), plan.EmptyDate); // (40 − 1.4 mL not deliverable) ÷ 0.372 = 103.76 days
        Assert.Equal(new DateOnly(2027, 2, 19), plan.WorstCaseEmptyDate); // 38.6 ÷ (0.372 × 1.145) = 90.62 days
        Assert.Equal(new DateOnly(2027, 2, 12), plan.RefillByDate);
        Assert.Equal(RefillLimit.WorstCaseEmpty, plan.BindingLimit);
    }

    [Fact]
    public void Reference_example_20_mL_at_half_a_mL_a_day_alarms_after_36_days()
    {
        // itb-dosing.md §10.6: 20 mL, 0.5 mL/day, 2 mL alarm → 36 days.
        var plan = Plan("synchromed-ii-20", 500, 250);

        Assert.Equal(36m, plan.DaysToAlarm.Days);
        Assert.Equal(37.2m, plan.DaysToEmpty.Days); // (20 − 1.4 mL the pump cannot deliver) ÷ 0.5
        Assert.Equal(32.489082969432314410480349345m, plan.WorstCaseDaysToEmpty.Days); // 18.6 ÷ (0.5 × 1.145), rounded once
    }

    [Fact]
    public void Refill_date_falls_before_low_reservoir_alarm_by_at_least_the_margin()
    {
        var plan = Plan("synchromed-ii-40", 500, 186);

        Assert.True(plan.RefillByDate <= plan.AlarmDate.AddDays(-7));
        Assert.True(plan.RefillByDate <= plan.WorstCaseEmptyDate.AddDays(-7));
    }

    [Fact]
    public void Refill_by_date_moves_back_to_the_latest_clinic_day()
    {
        // 20 mL pump, 0.5 mL/day from Tuesday 2026-11-24: worst case empty after (20 − 1.4) ÷ 0.5725 = 32.5 days →
        // 2026-12-26 (Saturday); minus 7 days → Saturday 2026-12-19 → Friday 2026-12-18.
        var plan = Plan("synchromed-ii-20", 500, 250, date: new DateOnly(2026, 11, 24));

        Assert.Equal(new DateOnly(2026, 12, 26), plan.WorstCaseEmptyDate);
        Assert.Equal(new DateOnly(2026, 12, 18), plan.RefillByDate);
        Assert.Equal(DayOfWeek.Friday, plan.RefillByDate.DayOfWeek);
    }

    [Fact]
    public void Stability_limit_binds_when_the_reservoir_would_last_longer()
    {
        var plan = Plan("synchromed-ii-40", 2000, 100);

        Assert.Equal(RefillLimit.Stability, plan.BindingLimit);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.StabilityLimit && a.Severity == AlertSeverity.Info);
        Assert.Equal(new DateOnly(2027, 5, 20), plan.RefillByDate); // 2026-11-21 + 180 days, a Thursday.
    }

    [Fact]
    public void A_tie_with_the_stability_limit_counts_as_binding()
    {
        // Worst case empty exactly 187 days after the refill: (V − 1.4 mL) / (Q × 1.145) = 187 → Q = 38.6 / (187 × 1.145).
        var q = 38.6m / (187m * 1.145m);
        var c = MassConcentration.FromMicrogramsPerMilliliter(2000);
        var plan = RefillCalculator.Plan(
            new RefillRequest(Protocol.FindPump("synchromed-ii-40")!, c, DailyConsumption.FromRate(VolumeFlow.FromMillilitersPerDay(q), c), Saturday21Nov2026),
            Protocol);

        Assert.Equal(Saturday21Nov2026.AddDays(187), plan.WorstCaseEmptyDate);
        Assert.Equal(RefillLimit.Stability, plan.BindingLimit);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.StabilityLimit);
    }

    [Fact]
    public void Without_the_stability_limit_binding_no_stability_alert_is_raised()
    {
        Assert.DoesNotContain(Plan("synchromed-ii-40", 500, 186).Alerts, a => a.Code == AlertCodes.StabilityLimit);
    }

    [Fact]
    public void Prometra_pumps_take_the_refill_date_at_3_mL()
    {
        var plan = Plan("prometra-ii-40", 500, 186);

        Assert.Equal(Volume.FromMilliliters(3), plan.AlarmVolume);
        Assert.Equal(37m / 0.372m, plan.DaysToAlarm.Days);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified && a.Message.Contains("pumps.prometra-ii-40.accuracy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fill_volume_above_capacity_is_invalid()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Plan("synchromed-ii-20", 500, 186, fillMl: 21));
        Assert.Equal("fill volume", ex.Input);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(25)]
    public void An_alarm_volume_at_or_above_the_fill_volume_is_invalid(decimal alarm)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Plan("synchromed-ii-40", 500, 186, fillMl: 20, alarmMl: alarm));
        Assert.Equal("alarm volume", ex.Input);
    }

    [Fact]
    public void A_dose_above_the_hard_ceiling_is_blocked()
    {
        var ex = Assert.Throws<ProtocolLimitException>(() => Plan("synchromed-ii-40", 2000, 2000.1m));
        Assert.Equal(AlertCodes.DoseAboveHardLimit, ex.Code);
    }

    [Fact]
    public void A_child_dose_above_the_child_ceiling_is_blocked()
    {
        var ex = Assert.Throws<ProtocolLimitException>(() => Plan("synchromed-ii-20", 2000, 1200, population: Population.Child));
        Assert.Equal(AlertCodes.DoseAboveHardLimit, ex.Code);
    }

    [Fact]
    public void A_dose_above_the_usual_range_warns()
    {
        var plan = Plan("synchromed-ii-40", 2000, 900);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange && a.Severity == AlertSeverity.Warning);
    }

    [Fact]
    public void A_rate_below_the_pump_minimum_is_blocked_and_names_a_strength_that_works()
    {
        // 90 mcg/day at 2000 mcg/mL = 0.045 mL/day < 0.048; at 1000 it is 0.09 mL/day.
        var ex = Assert.Throws<ProtocolLimitException>(() => Plan("synchromed-ii-40", 2000, 90));
        Assert.Equal(AlertCodes.RateBelowPumpMinimum, ex.Code);
        Assert.Contains("1000 mcg/mL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unstocked_concentration_documented_as_compounded_warns()
    {
        // Issue 9, item 9: without the compounded flag an unstocked strength is a hard stop (ConcentrationCheckTests).
        var plan = Plan("synchromed-ii-40", 1500, 400, compounded: true);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked && a.Severity == AlertSeverity.Warning);
    }

    [Fact]
    public void A_stocked_concentration_does_not_warn()
    {
        Assert.DoesNotContain(Plan("synchromed-ii-40", 500, 186).Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked);
    }

    [Fact]
    public void A_booking_on_the_alarm_date_is_blocked()
    {
        var ex = Assert.Throws<ProtocolLimitException>(() => Plan("synchromed-ii-40", 500, 186, booked: new DateOnly(2027, 2, 22)));
        Assert.Equal(AlertCodes.BookingAfterAlarm, ex.Code);
    }

    [Fact]
    public void A_booking_after_the_refill_by_date_warns()
    {
        var plan = Plan("synchromed-ii-40", 500, 186, booked: new DateOnly(2027, 2, 18));
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.BookingAfterRefillBy);
    }

    [Fact]
    public void A_booking_on_the_refill_by_date_is_fine()
    {
        var plan = Plan("synchromed-ii-40", 500, 186, booked: new DateOnly(2027, 2, 12));
        Assert.DoesNotContain(plan.Alerts, a => a.Code is AlertCodes.BookingAfterRefillBy or AlertCodes.BookingAfterAlarm);
    }

    [Fact]
    public void A_reservoir_that_empties_before_the_next_clinic_day_is_critical()
    {
        // 20 mL at 500 mcg/mL and 1900 mcg/day = 3.8 mL/day: worst case empty in 4 days, minus the 7-day margin.
        var plan = Plan("synchromed-ii-20", 500, 1900);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.RefillIntervalTooShort && a.Severity == AlertSeverity.Critical);
        Assert.Equal(AlertSeverity.Critical, plan.Alerts[0].Severity);
    }

    [Fact]
    public void Working_shows_each_formula_with_its_numbers_and_protocol_rule()
    {
        var working = string.Join('\n', Plan("synchromed-ii-40", 500, 186).Working);

        Assert.Contains("186 mcg/day ÷ 500 mcg/mL = 0.372 mL/day", working, StringComparison.Ordinal);
        Assert.Contains("(40 mL − 2 mL) × 500 mcg/mL ÷ 186 mcg/day = 102.15 days", working, StringComparison.Ordinal);
        Assert.Contains("protocol pumps.synchromed-ii-40.accuracy", working, StringComparison.Ordinal);
        Assert.Contains("protocol refill.marginDays", working, StringComparison.Ordinal);
        Assert.Contains("protocol refill.stabilityLimitDays", working, StringComparison.Ordinal);
        Assert.Contains("NOT YET VERIFIED", working, StringComparison.Ordinal);
    }
}

public class RefillWithBolusesTests
{
    [Fact]
    public void Programmed_dose_plus_every_allowed_bolus_above_the_ceiling_is_blocked()
    {
        var protocol = TestProtocols.Default();
        var c = MassConcentration.FromMicrogramsPerMilliliter(2000);
        var consumption = DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(1900), c);
        var withBoluses = consumption with { DailyVolume = consumption.DailyVolume + VolumeFlow.FromMillilitersPerDay(0.1m) }; // + 200 mcg/day

        var ex = Assert.Throws<ProtocolLimitException>(() => RefillCalculator.Plan(
            new RefillRequest(protocol.FindPump("synchromed-ii-40")!, c, withBoluses, new DateOnly(2026, 11, 21)), protocol));

        Assert.Equal(AlertCodes.DoseAboveHardLimit, ex.Code);
        Assert.Contains("bolus", ex.Message, StringComparison.Ordinal);
    }
}

using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Refills;

public class ReconciliationCalculatorTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();
    private static readonly PumpModel Pump20 = Protocol.FindPump("synchromed-ii-20")!;
    private static readonly PumpModel Pump40 = Protocol.FindPump("synchromed-ii-40")!;
    private static readonly DateOnly FillDate = new(2025, 1, 6);

    private static ReconciliationRequest Request(
        decimal aspiratedMl,
        int days = 92,
        decimal fillMl = 20,
        decimal doseMcgPerDay = 50,
        decimal bolusesMl = 0,
        PumpModel? pump = null) =>
        new(
            pump ?? Pump20,
            Volume.FromMilliliters(fillMl),
            FillDate,
            DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(doseMcgPerDay), MassConcentration.FromMicrogramsPerMilliliter(500)),
            Volume.FromMilliliters(aspiratedMl),
            FillDate.AddDays(days),
            Volume.FromMilliliters(bolusesMl));

    private static ReconciliationResult Reconcile(ReconciliationRequest request) => ReconciliationCalculator.Reconcile(Protocol, request);

    private static string[] Codes(ReconciliationResult result) => result.Alerts.Select(a => a.Code).ToArray();

    [Fact]
    public void More_left_than_expected_beyond_tolerance_over_92_days_is_under_delivery()
    {
        // 50 mcg/day at 500 mcg/mL = 0.1 mL/day; 92 days use 9.2 mL of 20 mL, so 10.8 mL should be left; 13.2 mL came back.
        var result = Reconcile(Request(aspiratedMl: 13.2m));

        Assert.Equal(92, result.DaysElapsed);
        Assert.Equal(Volume.FromMilliliters(10.8m), result.ExpectedResidual);
        Assert.Equal(Volume.FromMilliliters(2.4m), result.Discrepancy);
        Assert.Equal(Volume.FromMilliliters(9.2m), result.ExpectedDelivered);
        Assert.Equal(Volume.FromMilliliters(1.334m), result.Tolerance); // 14.5 % × 9.2 mL, below the 2 mL absolute tolerance
        var alert = Assert.Single(result.Alerts, a => a.Code == AlertCodes.UnderDelivery);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("pump stall", alert.Message, StringComparison.Ordinal);
        Assert.Contains("Withdrawal risk", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absolute_tolerance_caps_the_accuracy_tolerance_on_large_deliveries()
    {
        // 400 mcg/day at 500 mcg/mL = 0.8 mL/day; 40 days use 32 mL of 40 mL; 14.5 % of 32 mL = 4.64 mL, so 2 mL applies.
        var result = Reconcile(Request(aspiratedMl: 10.4m, days: 40, fillMl: 40, doseMcgPerDay: 400, pump: Pump40));

        Assert.Equal(Volume.FromMilliliters(8), result.ExpectedResidual);
        Assert.Equal(Volume.FromMilliliters(2), result.Tolerance);
        Assert.Contains(AlertCodes.UnderDelivery, Codes(result));
        Assert.Contains(result.Working, l => l.Contains("reconciliation.absoluteTolerance", StringComparison.Ordinal));
        Assert.Contains(result.Working, l => l.Contains("pumps.synchromed-ii-40.accuracy", StringComparison.Ordinal));
    }

    [Fact]
    public void Less_left_than_expected_beyond_tolerance_is_over_delivery_naming_pocket_fill()
    {
        var result = Reconcile(Request(aspiratedMl: 8.4m));

        Assert.Equal(Volume.FromMilliliters(-2.4m), result.Discrepancy);
        var alert = Assert.Single(result.Alerts, a => a.Code == AlertCodes.OverDelivery);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("pocket fill", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AlertCodes.UnderDelivery, Codes(result));
    }

    [Fact]
    public void A_discrepancy_within_tolerance_raises_no_delivery_alert()
    {
        var result = Reconcile(Request(aspiratedMl: 11.8m));

        Assert.Equal(Volume.FromMilliliters(1), result.Discrepancy);
        Assert.False(result.BeyondTolerance);
        Assert.Empty(result.Alerts);
        Assert.Contains(result.Working, l => l.Contains("within tolerance", StringComparison.Ordinal));
    }

    [Fact]
    public void A_discrepancy_exactly_at_tolerance_is_within_it()
    {
        var result = Reconcile(Request(aspiratedMl: 10.8m + 1.334m));

        Assert.Equal(result.Tolerance, result.Discrepancy);
        Assert.False(result.BeyondTolerance);
        Assert.DoesNotContain(AlertCodes.UnderDelivery, Codes(result));
    }

    [Fact]
    public void Bolus_volumes_given_since_the_fill_are_subtracted_from_the_expected_residual()
    {
        var result = Reconcile(Request(aspiratedMl: 10.3m, bolusesMl: 0.5m));

        Assert.Equal(Volume.FromMilliliters(10.3m), result.ExpectedResidual);
        Assert.Equal(Volume.Zero, result.Discrepancy);
        Assert.Equal(Volume.FromMilliliters(9.7m), result.ExpectedDelivered);
    }

    [Fact]
    public void The_expected_residual_uses_a_programmed_rate_as_given()
    {
        var request = Request(aspiratedMl: 10.8m) with
        {
            Consumption = DailyConsumption.FromRate(VolumeFlow.FromMillilitersPerDay(0.1m), MassConcentration.FromMicrogramsPerMilliliter(500)),
        };

        var result = Reconcile(request);

        Assert.Equal(Volume.FromMilliliters(10.8m), result.ExpectedResidual);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.1m), result.DailyVolume);
    }

    [Fact]
    public void Zero_aspirated_is_a_valid_measurement_of_an_empty_reservoir()
    {
        var result = Reconcile(Request(aspiratedMl: 0, days: 180, doseMcgPerDay: 50));

        // 0.1 mL/day × 180 days = 18 mL of 20 mL: 2 mL expected, 0 mL found.
        Assert.Equal(Volume.FromMilliliters(-2), result.Discrepancy);
        var empty = Assert.Single(result.Alerts, a => a.Code == AlertCodes.ResidualNearEmpty);
        Assert.Equal(AlertSeverity.Critical, empty.Severity);
    }

    [Fact]
    public void A_residual_at_the_alarm_volume_is_near_empty_and_just_above_it_is_not()
    {
        var atAlarm = Reconcile(Request(aspiratedMl: 2, days: 180));
        var above = Reconcile(Request(aspiratedMl: 2.1m, days: 180));

        var alert = Assert.Single(atAlarm.Alerts, a => a.Code == AlertCodes.ResidualNearEmpty);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.DoesNotContain(AlertCodes.ResidualNearEmpty, Codes(above));
    }

    [Fact]
    public void A_reservoir_that_should_have_run_dry_is_critical_and_compared_with_zero()
    {
        // 0.5 mL/day empties 20 mL in 40 days; the visit is on day 50.
        var result = Reconcile(Request(aspiratedMl: 0, days: 50, doseMcgPerDay: 250));

        Assert.Equal(Volume.FromMilliliters(-5), result.ProjectedResidual);
        Assert.Equal(Volume.Zero, result.ExpectedResidual);
        Assert.Equal(Volume.Zero, result.Discrepancy);
        Assert.Equal(FillDate.AddDays(40), result.ExpectedDryDate);
        var dry = Assert.Single(result.Alerts, a => a.Code == AlertCodes.ReservoirExpectedDry);
        Assert.Equal(AlertSeverity.Critical, dry.Severity);
        Assert.Contains("10 days before this visit", dry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AlertCodes.UnderDelivery, Codes(result));
    }

    [Fact]
    public void A_reservoir_with_room_left_has_no_dry_date()
    {
        var result = Reconcile(Request(aspiratedMl: 10.8m));

        Assert.Null(result.ExpectedDryDate);
        Assert.Equal(result.ProjectedResidual, result.ExpectedResidual);
    }

    [Fact]
    public void Reconciling_on_the_fill_date_counts_zero_days()
    {
        var result = Reconcile(Request(aspiratedMl: 20, days: 0));

        Assert.Equal(0, result.DaysElapsed);
        Assert.Equal(Volume.Zero, result.Discrepancy);
    }

    [Fact]
    public void An_unverified_pump_accuracy_is_flagged()
    {
        var prometra = Protocol.FindPump("prometra-ii-20")!;

        var result = Reconcile(Request(aspiratedMl: 10.8m, pump: prometra));

        var alert = Assert.Single(result.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified);
        Assert.Contains("pumps.prometra-ii-20.accuracy", alert.Message, StringComparison.Ordinal);
        Assert.Contains(result.Working, l => l.Contains("NOT YET VERIFIED", StringComparison.Ordinal));
    }

    [Fact]
    public void Alerts_come_most_severe_first()
    {
        var result = Reconcile(Request(aspiratedMl: 1, days: 150, pump: Protocol.FindPump("prometra-ii-20")));

        Assert.Equal(result.Alerts.OrderByDescending(a => a.Severity).Select(a => a.Code), result.Alerts.Select(a => a.Code));
        Assert.Equal(AlertSeverity.Critical, result.Alerts[0].Severity);
    }

    private static ReconciliationRequest WithPatientBoluses(decimal aspiratedMl) =>
        Request(aspiratedMl) with
        {
            // 50 mcg/day plus up to two 25 mcg boluses a day at 500 mcg/mL: 0.1 mL/day programmed, up to 0.1 mL/day more.
            Consumption = DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(50), MassConcentration.FromMicrogramsPerMilliliter(500))
                .WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(25), 2), MassConcentration.FromMicrogramsPerMilliliter(500)),
        };

    [Fact]
    public void With_patient_boluses_any_residual_between_all_and_none_taken_is_expected()
    {
        // Over 92 days: 10.8 mL left with no patient boluses, 1.6 mL with all 184 taken; 6 mL means about 96 were taken.
        var result = Reconcile(WithPatientBoluses(6));

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.1m), result.DailyVolume);
        Assert.Equal(Volume.FromMilliliters(10.8m), result.ProjectedResidual);
        Assert.Equal(Volume.FromMilliliters(1.6m), result.LowestExpectedResidual);
        Assert.Equal(Volume.FromMilliliters(6), result.ExpectedResidual);
        Assert.Equal(Volume.Zero, result.Discrepancy);
        Assert.DoesNotContain(result.Alerts, a => a.Code is AlertCodes.UnderDelivery or AlertCodes.OverDelivery);
        Assert.Contains(result.Working, l => l.Contains("about 96 patient boluses of 0.05 mL (at most 184)", StringComparison.Ordinal));
    }

    [Fact]
    public void With_patient_boluses_a_residual_above_the_no_bolus_expectation_is_under_delivery()
    {
        var result = Reconcile(WithPatientBoluses(13.2m));

        Assert.Equal(Volume.FromMilliliters(10.8m), result.ExpectedResidual);
        Assert.Equal(Volume.FromMilliliters(2.4m), result.Discrepancy);
        Assert.Contains(AlertCodes.UnderDelivery, Codes(result));
    }

    [Fact]
    public void With_patient_boluses_a_residual_below_the_all_boluses_expectation_is_measured_from_it()
    {
        var result = Reconcile(WithPatientBoluses(0.5m));

        Assert.Equal(Volume.FromMilliliters(1.6m), result.ExpectedResidual);
        Assert.Equal(Volume.FromMilliliters(-1.1m), result.Discrepancy);
        Assert.DoesNotContain(AlertCodes.OverDelivery, Codes(result)); // tolerance: 14.5 % × 18.4 mL = 2.668 mL, capped at 2 mL
        Assert.Contains(AlertCodes.ResidualNearEmpty, Codes(result));
    }

    [Fact]
    public void Bad_inputs_are_refused_naming_the_input()
    {
        InvalidInput.Named("fill volume", () => Reconcile(Request(aspiratedMl: 1, fillMl: 0)));
        InvalidInput.Named("fill volume", () => Reconcile(Request(aspiratedMl: 1, fillMl: 20.5m)));
        InvalidInput.Named("aspirated volume", () => Reconcile(Request(aspiratedMl: -0.1m)));
        InvalidInput.Named("aspirated volume", () => Reconcile(Request(aspiratedMl: 21)));
        InvalidInput.Named("boluses volume", () => Reconcile(Request(aspiratedMl: 1, bolusesMl: -1)));
        InvalidInput.Named("boluses volume", () => Reconcile(Request(aspiratedMl: 1, bolusesMl: 21, fillMl: 20)));
        InvalidInput.Named("aspiration date", () => Reconcile(Request(aspiratedMl: 1, days: -1)));
    }

    [Fact]
    public void Tolerance_judges_a_discrepancy_of_plus_x_and_minus_x_alike()
    {
        var cases =
            from fill in Gen.Choose(10, 40)
            from days in Gen.Choose(0, 90)
            from hundredths in Gen.Choose(1, 40)
            from thousandths in Gen.Choose(0, 6000)
            select (fill, days, hundredths, thousandths);

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var fill = Volume.FromMilliliters(c.fill);
            var rate = VolumeFlow.FromMillilitersPerDay(c.hundredths / 100m);
            var expected = Volume.Max(Volume.Zero, fill - rate.DeliveredOver(Duration.FromDays(c.days)));
            var x = Volume.Min(Volume.FromMilliliters(c.thousandths / 1000m), Volume.Min(expected, Pump40.Capacity.Value - expected));

            ReconciliationResult At(Volume aspirated) => Reconcile(new ReconciliationRequest(
                Pump40,
                fill,
                FillDate,
                DailyConsumption.FromRate(rate, MassConcentration.FromMicrogramsPerMilliliter(500)),
                aspirated,
                FillDate.AddDays(c.days)));

            var more = At(expected + x);
            var less = At(expected - x);
            var under = more.Alerts.Any(a => a.Code == AlertCodes.UnderDelivery);
            var over = less.Alerts.Any(a => a.Code == AlertCodes.OverDelivery);
            return more.Tolerance == less.Tolerance
                && more.Discrepancy == x
                && less.Discrepancy == -x
                && more.BeyondTolerance == less.BeyondTolerance
                && under == more.BeyondTolerance
                && over == less.BeyondTolerance
                && !more.Alerts.Any(a => a.Code == AlertCodes.OverDelivery)
                && !less.Alerts.Any(a => a.Code == AlertCodes.UnderDelivery);
        }));
    }

    [Fact]
    public void Expected_residual_and_expected_delivered_always_add_up_to_the_fill()
    {
        var cases =
            from fill in Gen.Choose(1, 40)
            from days in Gen.Choose(0, 400)
            from hundredths in Gen.Choose(1, 100)
            select (fill, days, hundredths);

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = Reconcile(new ReconciliationRequest(
                Pump40,
                Volume.FromMilliliters(c.fill),
                FillDate,
                DailyConsumption.FromRate(VolumeFlow.FromMillilitersPerDay(c.hundredths / 100m), MassConcentration.FromMicrogramsPerMilliliter(500)),
                Volume.Zero,
                FillDate.AddDays(c.days)));
            return result.ExpectedResidual + result.ExpectedDelivered == Volume.FromMilliliters(c.fill)
                && result.ExpectedResidual >= Volume.Zero
                && result.Tolerance <= Protocol.Reconciliation.AbsoluteTolerance.Value
                && (result.ExpectedDryDate is null) == (result.ProjectedResidual >= Volume.Zero);
        }));
    }
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Refills;

/// <summary>
/// Issue 9, item 6: not all that is left can be delivered. The empty dates leave the volume the pump cannot deliver, and a
/// patient with withdrawal risk factors is refilled by the date the reservoir reaches the withdrawal-risk volume (4 mL).
/// </summary>
public class ReservoirSafetyTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();
    private static readonly MassConcentration At500 = MassConcentration.FromMicrogramsPerMilliliter(500);
    private static readonly DateOnly Saturday21Nov2026 = new(2026, 11, 21);

    private static RefillPlan Plan(string pump, decimal fillMl, decimal mcgPerDay, bool risk = false, decimal? alarmMl = null) => RefillCalculator.Plan(
        new RefillRequest(
            Protocol.FindPump(pump)!,
            At500,
            DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(mcgPerDay), At500),
            Saturday21Nov2026,
            FillVolume: Volume.FromMilliliters(fillMl),
            AlarmVolume: alarmMl is { } a ? Volume.FromMilliliters(a) : null,
            WithdrawalRisk: risk),
        Protocol);

    [Fact]
    public void Empty_dates_leave_the_volume_a_SynchroMed_cannot_deliver()
    {
        // 20 mL at 0.2 mL/day: the last 1.4 mL never reaches the patient, so empty after 18.6 ÷ 0.2 = 93 days, not 100.
        var plan = Plan("synchromed-ii-20", 20, 100);

        Assert.Equal(Volume.FromMilliliters(1.4m), plan.NonDeliverableVolume);
        Assert.Equal(93m, plan.DaysToEmpty.Days);
        Assert.Equal(Saturday21Nov2026.AddDays(93), plan.EmptyDate);
        Assert.Equal(Saturday21Nov2026.AddDays(81), plan.WorstCaseEmptyDate); // 18.6 ÷ 0.229 = 81.2
        Assert.Contains(plan.Working, l => l.Contains("non-deliverable volume U = 1.4 mL (protocol pumps.synchromed-ii-20.nonDeliverableVolume", StringComparison.Ordinal));
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified && a.Subjects!.Contains("pumps.synchromed-ii-20.nonDeliverableVolume"));
    }

    [Fact]
    public void A_pump_with_nothing_undeliverable_empties_at_0_mL()
    {
        var plan = Plan("prometra-ii-20", 20, 100);

        Assert.Equal(Volume.Zero, plan.NonDeliverableVolume);
        Assert.Equal(100m, plan.DaysToEmpty.Days);
    }

    [Fact]
    public void Withdrawal_risk_patient_with_a_2_mL_alarm_is_refilled_by_the_4_mL_date()
    {
        // 10 mL at 0.2 mL/day: 4 mL left after 30 days (2026-12-21), 7 days' margin → Monday 2026-12-14. Without the risk
        // factors the worst case binds: 8.6 ÷ 0.229 = 37 days → 2026-12-28 − 7 → Monday 2026-12-21.
        var risk = Plan("synchromed-ii-20", 10, 100, risk: true);
        var plain = Plan("synchromed-ii-20", 10, 100);

        Assert.Equal(new DateOnly(2026, 12, 14), risk.RefillByDate);
        Assert.Equal(new DateOnly(2026, 12, 21), plain.RefillByDate);
        Assert.Equal(plain.AlarmDate, risk.AlarmDate);
        Assert.Equal(new DateOnly(2026, 12, 31), risk.AlarmDate);
        Assert.Equal(RefillLimit.Alarm, risk.BindingLimit);
        Assert.Equal((Volume.FromMilliliters(4), new DateOnly(2026, 12, 21)), (risk.WithdrawalRiskAlarmVolume, risk.WithdrawalRiskAlarmDate));
        var alert = Assert.Single(risk.Alerts, a => a.Code == AlertCodes.AlarmVolumeBelowRiskSetting);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.DoesNotContain(plain.Alerts, a => a.Code == AlertCodes.AlarmVolumeBelowRiskSetting);
        Assert.Null(plain.WithdrawalRiskAlarmVolume);
    }

    [Fact]
    public void An_alarm_already_at_the_risk_volume_changes_nothing()
    {
        var plan = Plan("synchromed-ii-20", 10, 100, risk: true, alarmMl: 4);

        Assert.DoesNotContain(plan.Alerts, a => a.Code == AlertCodes.AlarmVolumeBelowRiskSetting);
        Assert.Null(plan.WithdrawalRiskAlarmDate);
        Assert.Equal(new DateOnly(2026, 12, 21), plan.AlarmDate);
    }

    [Fact]
    public void Schedule_refills_a_withdrawal_risk_patient_by_the_4_mL_date()
    {
        // LogSamples.Patient has withdrawal risk factors. 10 mL on 2026-11-01 at 0.2 mL/day: 4 mL left on 2026-12-01,
        // refill by Tuesday 2026-11-24 (not Tuesday 2026-12-01 from the worst case); the pump still alarms on 2026-12-11.
        var history = Transferred(new PatientHistory(
            LogSamples.Patient(new PatientId("P-R")),
            new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
            [Event(2026, 11, 1, Implant("synchromed-ii-40", 10, 500, 100))]));

        var entry = Assert.Single(ClinicSchedule.Build([history.Record(Now)], Protocol, Today, TimeZoneInfo.Utc).Entries);

        Assert.Equal(new DateOnly(2026, 11, 24), entry.RefillByDate);
        Assert.Equal(new DateOnly(2026, 12, 11), entry.AlarmDate);
        Assert.Contains(entry.Alerts, a => a.Code == AlertCodes.AlarmVolumeBelowRiskSetting && a.Severity == AlertSeverity.Warning);
    }

    [Fact]
    public void An_alarm_volume_at_or_below_what_the_pump_cannot_deliver_is_invalid()
    {
        var error = Assert.Throws<Errors.InvalidInputException>(() => Plan("synchromed-ii-20", 20, 100, alarmMl: 1.4m));

        Assert.Equal("alarm volume", error.Input);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
    }
}

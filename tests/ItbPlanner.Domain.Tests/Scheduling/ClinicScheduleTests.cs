using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Scheduling;

public class ClinicScheduleTests
{
    private static ClinicSchedule Build(params PatientHistory[] histories) => Build(Today, histories);

    private static ClinicSchedule Build(DateOnly today, params PatientHistory[] histories) =>
        ClinicSchedule.Build(histories.Select(h => h.Record(Now)), TestProtocols.Default(), today, TimeZoneInfo.Utc);

    private static ScheduleEntry Only(params PatientHistory[] histories) => Assert.Single(Build(histories).Entries);

    private static string[] Codes(ScheduleEntry entry) => [.. entry.Alerts.Select(a => a.Code)];

    [Fact]
    public void Outlooks_computed_one_at_a_time_make_the_same_schedule_and_one_for_another_day_is_refused()
    {
        var histories = new[] { DueSoon(), Overdue(), NotImplanted() };
        var outlooks = histories.Select(h => PatientOutlook.Read(h.Record(Now), TestProtocols.Default(), Today, TimeZoneInfo.Utc)).ToArray();

        Assert.Equal(Build(histories).Entries.Select(e => e.PatientId), ClinicSchedule.Of(outlooks, Today).Entries.Select(e => e.PatientId));
        var refused = Assert.Throws<ArgumentException>(() => ClinicSchedule.Of(outlooks, Today.AddDays(1)));
        Assert.Contains("cannot be scheduled on", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patients_are_sorted_alarm_date_passed_then_overdue_then_by_refill_by_date()
    {
        var schedule = Build([.. Clinic()]);

        Assert.Equal(["P-ALARM", "P-OVERDUE", "P-SOON", "P-DIFF", "P-RISK"], schedule.Entries.Select(e => e.PatientId.Value));
        Assert.Equal(
            [ScheduleUrgency.PastAlarmDate, ScheduleUrgency.Overdue, ScheduleUrgency.Scheduled, ScheduleUrgency.Scheduled, ScheduleUrgency.Scheduled],
            schedule.Entries.Select(e => e.Urgency));
    }

    [Fact]
    public void Patients_not_yet_implanted_or_explanted_are_not_scheduled()
    {
        Assert.Empty(Build(NotImplanted(), Explanted()).Entries);
    }

    [Fact]
    public void Dates_are_recomputed_from_the_last_refill_and_the_program_in_force()
    {
        var overdue = Only(Overdue());

        Assert.Equal(new DateOnly(2026, 9, 5), overdue.LastFillDate);
        Assert.Equal(Volume.FromMilliliters(20), overdue.LastFill?.Volume);
        Assert.Equal(new DateOnly(2026, 12, 4), overdue.AlarmDate);
        Assert.Equal(new DateOnly(2026, 11, 25), overdue.WorstCaseEmptyDate);
        Assert.Equal(new DateOnly(2026, 11, 18), overdue.RefillByDate);
        Assert.Equal(RefillLimit.WorstCaseEmpty, overdue.BindingLimit);
        Assert.Equal(-3, overdue.DaysUntilRefillBy);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.2m), overdue.DailyVolume);
        Assert.Equal("synchromed-ii-40", overdue.PumpModelId);
    }

    [Fact]
    public void An_overdue_refill_is_critical_and_matching_programmer_dates_raise_nothing_more()
    {
        var overdue = Only(Overdue());

        var alert = Assert.Single(overdue.Alerts);
        Assert.Equal((AlertCodes.RefillOverdue, AlertSeverity.Critical), (alert.Code, alert.Severity));
        Assert.Contains("3 days ago", alert.Message, StringComparison.Ordinal);
        Assert.Contains(overdue.Working, l => l.Contains("match the recomputed dates", StringComparison.Ordinal));
        Assert.True(overdue.IsOverdue);
    }

    [Fact]
    public void On_or_after_the_worst_case_empty_date_the_louder_code_replaces_overdue()
    {
        var past = Only(PastAlarm());

        Assert.Equal(ScheduleUrgency.PastAlarmDate, past.Urgency);
        Assert.Equal([AlertCodes.PastAlarmDate], Codes(past));
        Assert.Contains("worst-case empty date 2026-11-09", past.Alerts[0].Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 2), past.RefillByDate);
    }

    [Theory]
    [InlineData(2026, 11, 18, ScheduleUrgency.Scheduled)]
    [InlineData(2026, 11, 19, ScheduleUrgency.Overdue)]
    [InlineData(2026, 11, 24, ScheduleUrgency.Overdue)]
    [InlineData(2026, 11, 25, ScheduleUrgency.PastAlarmDate)]
    public void Urgency_turns_the_day_after_refill_by_and_again_on_the_worst_case_empty_date(int year, int month, int day, ScheduleUrgency expected)
    {
        var entry = Assert.Single(Build(new DateOnly(year, month, day), Overdue()).Entries);

        Assert.Equal(expected, entry.Urgency);
    }

    [Fact]
    public void A_program_changed_after_the_fill_projects_from_the_change_with_what_was_left()
    {
        var soon = Only(DueSoon());

        Assert.Equal(new DateOnly(2026, 12, 20), soon.AlarmDate);
        Assert.Equal(new DateOnly(2026, 12, 9), soon.WorstCaseEmptyDate);
        Assert.Equal(new DateOnly(2026, 12, 2), soon.RefillByDate);
        Assert.Equal(11, soon.DaysUntilRefillBy);
        Assert.Contains(soon.Working, l => l.Contains("V′ = V − used = 40 mL − 6 mL = 34 mL", StringComparison.Ordinal));
        Assert.Contains(soon.Working, l => l.Contains("from 2026-09-01: 100 mcg/day = 0.2 mL/day (event 2), 30 days to 2026-10-01 = 6 mL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recorded_alarm_date_later_than_the_recomputed_one_is_critical()
    {
        var diff = Only(DatesDiffer());

        var alert = Assert.Single(diff.Alerts);
        Assert.Equal((AlertCodes.DatesDifferFromProgrammer, AlertSeverity.Critical), (alert.Code, alert.Severity));
        Assert.Contains("alarm date 2027-01-20 recorded, 2027-01-13 recomputed", alert.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 13), diff.AlarmDate);
        Assert.Equal(new DateOnly(2027, 1, 20), diff.RecordedDates?.AlarmDate);
    }

    [Fact]
    public void A_recorded_refill_by_date_earlier_than_the_recomputed_one_only_warns()
    {
        var early = History("P-1", "E.", "synchromed-ii-40", Event(2026, 10, 15, Implant("synchromed-ii-40", 20, 500, 100) with { RefillByDate = new DateOnly(2026, 12, 21) }));

        var alert = Assert.Single(Only(early).Alerts);

        Assert.Equal((AlertCodes.DatesDifferFromProgrammer, AlertSeverity.Warning), (alert.Code, alert.Severity));
    }

    [Fact]
    public void Dates_recorded_before_a_program_change_are_not_compared()
    {
        var stale = History(
            "P-1",
            "S.",
            "synchromed-ii-40",
            Event(2026, 10, 15, Implant("synchromed-ii-40", 20, 500, 100) with { AlarmDate = new DateOnly(2030, 1, 1) }),
            Event(2026, 10, 20, Program(120, 500)));

        var entry = Only(stale);

        Assert.DoesNotContain(AlertCodes.DatesDifferFromProgrammer, Codes(entry));
        Assert.Contains(entry.Working, l => l.Contains("not compared", StringComparison.Ordinal));
    }

    [Fact]
    public void Withdrawal_risk_factors_are_listed_and_flagged()
    {
        var risk = Only(AtRisk());

        Assert.True(risk.HasWithdrawalRisk);
        Assert.Equal([WithdrawalRiskFactor.SpinalCordInjuryT6OrAbove, WithdrawalRiskFactor.CommunicationDifficulty], risk.RiskFactors);
        var alert = risk.Alerts.Single(a => a.Code == AlertCodes.WithdrawalRisk);
        Assert.Contains("sci-t6-or-above, communication-difficulty (Lives alone.)", alert.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 4, 9), risk.RefillByDate);
    }

    [Fact]
    public void An_elective_replacement_indicator_since_the_implant_gives_the_ERI_date()
    {
        var risk = Only(AtRisk());

        Assert.Equal(new DateOnly(2026, 11, 10), risk.ElectiveReplacementDate);
        Assert.Equal(AlertSeverity.Warning, risk.Alerts.Single(a => a.Code == AlertCodes.BatteryReplacementDue).Severity);
        Assert.Empty(risk.OpenAlarms);
    }

    [Fact]
    public void An_unacknowledged_alarm_is_flagged_and_a_low_reservoir_alarm_before_the_last_refill_is_not()
    {
        var history = History(
            "P-1",
            "U.",
            "synchromed-ii-40",
            Event(2026, 6, 1, Implant("synchromed-ii-40", 40, 500, 100)),
            Event(2026, 9, 1, new AlarmRaisedPayload(AlarmType.LowReservoir)),
            Event(2026, 9, 2, new RefillPayload(Ml(2), Ml(40), Conc(500))),
            Event(2026, 11, 20, new AlarmRaisedPayload(AlarmType.MotorStall, "two-tone")));

        var entry = Only(history);

        var open = Assert.Single(entry.OpenAlarms);
        Assert.Equal(AlarmType.MotorStall, open.Alarm);
        var alert = entry.Alerts.Single(a => a.Code == AlertCodes.AlarmUnacknowledged);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("motor-stall", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suspended_pump_is_critical_and_its_dates_assume_it_runs_again_from_the_suspension()
    {
        var history = History(
            "P-1",
            "M.",
            "synchromed-ii-40",
            Event(2026, 10, 1, Implant("synchromed-ii-40", 20, 500, 100)),
            Event(2026, 11, 1, new TherapySuspendedPayload("MRI")));

        var entry = Only(history);

        Assert.Equal(AlertSeverity.Critical, entry.Alerts.Single(a => a.Code == AlertCodes.TherapySuspended).Severity);
        Assert.True(entry.Program.Suspended);

        // 31 days at 0.2 mL/day = 6.2 mL used by 2026-11-01; 13.8 mL left alarms after (13.8 − 2) ÷ 0.2 = 59 days.
        Assert.Equal(new DateOnly(2026, 12, 30), entry.AlarmDate);
    }

    [Fact]
    public void A_program_for_another_concentration_than_the_reservoir_holds_is_critical()
    {
        var history = History(
            "P-1",
            "C.",
            "synchromed-ii-40",
            Event(2026, 10, 1, Implant("synchromed-ii-40", 20, 500, 100)),
            Event(2026, 11, 1, new RefillPayload(Ml(13.8m), Ml(20), Conc(2000))));

        var alert = Only(history).Alerts.Single(a => a.Code == AlertCodes.ProgramConcentrationMismatch);

        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("the pump delivers 400 mcg/day, not the programmed 100 mcg/day", alert.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "the patient's pump model is not recorded")]
    [InlineData("pump-x", "the pump model 'pump-x' is not in the protocol")]
    public void Without_a_known_pump_the_dates_are_unknown_and_critical(string? pump, string reason)
    {
        var history = new PatientHistory(
            new Patient(new PatientId("P-1"), "X.", Domain.Protocols.Population.Adult, SpasticityOrigin.Spinal, pump),
            Now.AddDays(-100),
            [Event(2026, 10, 1, Implant("pump-x", 20, 500, 100))]);
        var entry = pump is null
            ? Only(history with { Events = [Event(2026, 10, 1, Program(100, 500)), Event(2026, 10, 1, new RefillPayload(Ml(0), Ml(20), Conc(500)))] })
            : Only(history);

        Assert.Equal(ScheduleUrgency.DatesUnknown, entry.Urgency);
        Assert.Null(entry.RefillByDate);
        var alert = entry.Alerts.Single(a => a.Code == AlertCodes.ScheduleDatesUnknown);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains(reason, alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_dates_sort_after_overdue_patients_and_before_scheduled_ones()
    {
        var unknown = History("P-0", "X.", "pump-x", Event(2026, 10, 1, Implant("pump-x", 20, 500, 100)));

        var schedule = Build(unknown, DueSoon(), Overdue());

        Assert.Equal(["P-OVERDUE", "P-0", "P-SOON"], schedule.Entries.Select(e => e.PatientId.Value));
    }

    [Fact]
    public void Within_keeps_refills_due_in_that_many_days_and_every_overdue_patient()
    {
        var schedule = Build([.. Clinic()]);

        Assert.Equal(["P-ALARM", "P-OVERDUE", "P-SOON"], schedule.Within(14).Entries.Select(e => e.PatientId.Value));
        Assert.Equal(["P-ALARM", "P-OVERDUE"], schedule.Within(10).Entries.Select(e => e.PatientId.Value));
        Assert.Equal(["P-ALARM", "P-OVERDUE", "P-SOON"], schedule.Within(11).Entries.Select(e => e.PatientId.Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.Within(-1));
    }

    [Fact]
    public void Site_settings_awaiting_verification_are_reported_once_for_the_schedule()
    {
        var schedule = Build([.. Clinic()]);

        var site = Assert.Single(schedule.Alerts);
        Assert.Equal(AlertCodes.SiteSettingUnverified, site.Code);
        Assert.Contains("refill.stabilityLimitDays", site.Subjects!);
        Assert.All(schedule.Entries, e => Assert.DoesNotContain(AlertCodes.SiteSettingUnverified, Codes(e)));
    }

    [Fact]
    public void Every_scheduled_refill_by_date_is_a_clinic_day_at_least_the_margin_before_the_alarm()
    {
        var schedule = Build([.. Clinic()]);

        Assert.All(schedule.Entries, e =>
        {
            Assert.NotEqual(DayOfWeek.Saturday, e.RefillByDate!.Value.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, e.RefillByDate.Value.DayOfWeek);
            Assert.True(e.RefillByDate.Value.AddDays(7) <= e.AlarmDate, $"{e.PatientId}");
            Assert.True(e.RefillByDate.Value.AddDays(7) <= e.WorstCaseEmptyDate, $"{e.PatientId}");
        });
    }
}

public class PendingTransferScheduleTests
{
    [Fact]
    public void A_program_not_marked_as_transferred_to_the_pump_is_critical()
    {
        var history = ItbPlanner.Testing.ClinicLogSamples.Untransferred(
            "P-PEND",
            "P.P.",
            "synchromed-ii-40",
            ItbPlanner.Testing.ClinicLogSamples.Event(2026, 11, 1, ItbPlanner.Testing.ClinicLogSamples.Implant("synchromed-ii-40", 40, 500, 100)));
        var protocol = ItbPlanner.Testing.TestProtocols.Default();

        var pending = ItbPlanner.Domain.Scheduling.ClinicSchedule.Build([history.Record(ItbPlanner.Testing.ClinicLogSamples.Now, protocol)], protocol, ItbPlanner.Testing.ClinicLogSamples.Today, TimeZoneInfo.Utc);
        var transferred = ItbPlanner.Domain.Scheduling.ClinicSchedule.Build([ItbPlanner.Testing.ClinicLogSamples.Transferred(history).Record(ItbPlanner.Testing.ClinicLogSamples.Now, protocol)], protocol, ItbPlanner.Testing.ClinicLogSamples.Today, TimeZoneInfo.Utc);

        Assert.Contains(Assert.Single(pending.Entries).Alerts, a => a.Code == ItbPlanner.Domain.Alerts.AlertCodes.ProgramNotTransferred && a.Severity == ItbPlanner.Domain.Alerts.AlertSeverity.Critical);
        Assert.DoesNotContain(Assert.Single(transferred.Entries).Alerts, a => a.Code == ItbPlanner.Domain.Alerts.AlertCodes.ProgramNotTransferred);
    }
}

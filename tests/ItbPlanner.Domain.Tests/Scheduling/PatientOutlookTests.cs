using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Scheduling;

public class PatientOutlookTests
{
    private static PatientOutlook Outlook(PatientHistory history) => PatientOutlook.Read(history.Record(Now), TestProtocols.Default(), Today, TimeZoneInfo.Utc);

    [Fact]
    public void A_patients_outlook_is_their_row_in_the_schedule_and_never_the_stored_dates()
    {
        var history = DatesDiffer();
        var outlook = Outlook(history);
        var entry = Assert.Single(ClinicSchedule.Build([history.Record(Now)], TestProtocols.Default(), Today, TimeZoneInfo.Utc).Entries);

        Assert.Equal((entry.AlarmDate, entry.EmptyDate, entry.WorstCaseEmptyDate, entry.RefillByDate, entry.BindingLimit, entry.DaysUntilRefillBy, entry.Urgency),
            (outlook.AlarmDate, outlook.EmptyDate, outlook.WorstCaseEmptyDate, outlook.RefillByDate, outlook.BindingLimit, outlook.DaysUntilRefillBy, outlook.Urgency));
        Assert.Equal(entry.Alerts, outlook.Alerts);
        Assert.Equal(new DateOnly(2027, 1, 13), outlook.AlarmDate);
        Assert.Equal(new DateOnly(2027, 1, 20), outlook.RecordedDates?.AlarmDate);
    }

    [Fact]
    public void An_outlook_without_its_working_keeps_every_date_alert_and_recorded_date()
    {
        foreach (var history in Clinic())
        {
            var outlook = Outlook(history);
            var bare = outlook.WithoutWorking();

            Assert.Empty(bare.Working);
            Assert.Equal(outlook.Entry is null ? null : outlook.Entry with { Working = [] }, bare.Entry);
            Assert.Equal((outlook.Today, outlook.RecordedDates), (bare.Today, bare.RecordedDates));
            Assert.Equal(outlook.SiteAlerts, bare.SiteAlerts);
        }

        Assert.Contains(Clinic(), h => Outlook(h).Working.Count > 0);
    }

    [Fact]
    public void Without_a_program_in_force_there_are_no_dates()
    {
        var outlook = Outlook(Explanted());

        Assert.False(outlook.HasProgram);
        Assert.Null(outlook.RefillByDate);
        Assert.Empty(outlook.Alerts);
    }

    [Fact]
    public void An_open_withdrawal_emergency_is_critical_and_first_in_the_schedule_until_therapy_resumes()
    {
        var emergency = DueSoon() with { Events = [.. DueSoon().Events, Event(2026, 11, 20, new WithdrawalEmergencyPayload("itch, rebound spasticity", "admitted"))] };

        var schedule = ClinicSchedule.Build([.. Clinic().Where(h => h.Patient.Id.Value != "P-SOON").Select(h => h.Record(Now)), emergency.Record(Now)], TestProtocols.Default(), Today, TimeZoneInfo.Utc);
        var first = schedule.Entries[0];

        Assert.Equal((ScheduleUrgency.WithdrawalEmergency, "P-SOON"), (first.Urgency, first.PatientId.Value));
        var alert = first.Alerts[0]; // the emergency leads its alerts too
        Assert.Equal((AlertCodes.WithdrawalEmergencyOpen, AlertSeverity.Critical), (alert.Code, alert.Severity));
        Assert.Contains("itch, rebound spasticity; action recorded: admitted", alert.Message, StringComparison.Ordinal);
        Assert.Equal(1, schedule.Within(0).Entries.Count(e => e.Urgency == ScheduleUrgency.WithdrawalEmergency));

        var resumed = emergency with { Events = [.. emergency.Events, Event(2026, 11, 20, new TherapyResumedPayload())] };
        Assert.DoesNotContain(Outlook(resumed).Alerts, a => a.Code == AlertCodes.WithdrawalEmergencyOpen);
        Assert.Equal(ScheduleUrgency.Scheduled, Outlook(resumed).Urgency);
    }

    [Fact]
    public void The_program_in_force_on_a_date_inside_a_suspension_is_the_suspended_one_not_a_later_one()
    {
        var history = History(
            "P-S",
            "S.",
            "synchromed-ii-40",
            Event(2026, 11, 5, Implant("synchromed-ii-40", 40, 500, 100)),
            Event(2026, 11, 10, new TherapySuspendedPayload("MRI")),
            Event(2026, 11, 15, new TherapyResumedPayload()),
            Event(2026, 11, 16, Program(90, 500), "less tone"));
        var timeline = history.Record(Now);

        var onThe12th = timeline.ProgramOn(new DateOnly(2026, 11, 12), TimeZoneInfo.Utc)!;

        Assert.Equal((MassFlow.FromMicrogramsPerDay(100), true), (onThe12th.Dose, onThe12th.Suspended));
        Assert.Equal(MassFlow.FromMicrogramsPerDay(90), timeline.ProgramOn(new DateOnly(2026, 11, 16), TimeZoneInfo.Utc)!.Dose);
        Assert.Null(timeline.ProgramOn(new DateOnly(2026, 11, 4), TimeZoneInfo.Utc));
    }
}

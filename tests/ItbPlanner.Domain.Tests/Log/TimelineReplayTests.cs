using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

/// <summary>
/// Issue 12 item 14: today's dates of a long log are replayed from the standing events of the kinds the timeline reads,
/// one at a time; they must be exactly those read from the whole log.
/// </summary>
public class TimelineReplayTests
{
    public static TheoryData<string> Histories() => [.. ClinicLogSamples.Clinic().Select(h => h.Patient.Id.Value)];

    [Theory]
    [MemberData(nameof(Histories))]
    public void Replaying_the_standing_events_the_timeline_reads_gives_the_same_outlook_as_reading_the_whole_log(string id)
    {
        var events = ClinicLogSamples.Clinic().Single(h => h.Patient.Id.Value == id).Seal(ClinicLogSamples.Now);
        var voided = CorrectedLog.Voided(events);
        var standing = events
            .Where(e => TherapyRecord.KindsRead.Contains(e.Kind) && e.Kind != EventKind.Correction && !voided.Contains(e.Seq))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq);

        var read = Outlook(TherapyRecord.Read(TestProtocols.Default(), events));
        var replayed = Outlook(TherapyRecord.Replay(TestProtocols.Default(), standing));

        Assert.Equal(read.Working, replayed.Working);
        Assert.Equal(read.Alerts, replayed.Alerts);
        Assert.Equal((read.RefillByDate, read.AlarmDate, read.Urgency, read.RecordedDates), (replayed.RefillByDate, replayed.AlarmDate, replayed.Urgency, replayed.RecordedDates));
    }

    [Fact]
    public void A_replayed_record_holds_no_events_but_knows_the_last_implant()
    {
        var events = ClinicLogSamples.DueSoon().Seal(ClinicLogSamples.Now);

        var replayed = TherapyRecord.Replay(TestProtocols.Default(), events.OrderBy(e => e.OccurredAt));

        Assert.Empty(replayed.Effective);
        Assert.Equal(TherapyRecord.Read(TestProtocols.Default(), events).LastImplant, replayed.LastImplant);
    }

    private static PatientOutlook Outlook(TherapyRecord timeline) =>
        PatientOutlook.Read(timeline, TestProtocols.Default(), ClinicLogSamples.Today, TimeZoneInfo.Utc);
}

using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Log;

/// <summary>
/// Issue 13 item 3: a patient's record saved as a course snapshot with the chain head it was read up to, and taken up
/// again with the events after it, is the record read from the whole log; a snapshot that does not match is ignored.
/// </summary>
public class CourseSnapshotTests
{
    private static readonly PatientId Id = new("P-SNAP");
    private static readonly DateTimeOffset Start = new(2023, 1, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly CourseSnapshots Snapshots = new(TestProtocols.Default());
    private static readonly ItbPlanner.Domain.Log.Courses.WorkflowEventGuard Guard = new(TestProtocols.Default());

    [Fact]
    public void A_record_taken_up_from_its_snapshot_and_the_events_after_it_is_the_record_read_from_the_whole_log()
    {
        var histories = Gen.ListOf(Gen.Choose(0, 10_000)).Select(ops => ops.Take(60).ToArray()).ToArbitrary();
        var resumedWithoutRebuild = 0;

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(histories, Gen.Choose(0, 1000).ToArbitrary(), (ops, split) =>
        {
            var log = Log(ops);
            var k = 1 + (split % log.Count);
            var snapshot = Snapshots.Take(Snapshots.Rebuild(log.Take(k)), log[k - 1].Seq, log[k - 1].Hash);

            var resumed = Snapshots.Resume(Id, snapshot, log[k - 1].Seq, log[k - 1].Hash, log.Skip(k));
            var whole = Snapshots.Rebuild(log);

            var tail = log.Skip(k).ToArray();
            var simple = tail.All(e => e.CorrectsSeq is null) && tail.Select(e => e.OccurredAt).Prepend(log.Take(k).Max(e => e.OccurredAt)).Zip(tail.Select(e => e.OccurredAt)).All(p => p.First <= p.Second);
            Assert.Equal(simple, resumed is not null); // used whenever nothing after it is a correction or a late entry
            resumedWithoutRebuild += resumed is null ? 0 : 1;
            Assert.Equal(Snapshots.Take(whole, log[^1].Seq, log[^1].Hash), Snapshots.Take(resumed ?? Snapshots.Rebuild(log), log[^1].Seq, log[^1].Hash));

            // The same answers, not only the same state: every action's availability, and the guard's judgement of a next program.
            var read = TherapyRecord.Read(TestProtocols.Default(), log);
            Assert.Equal(Answers(read), Answers(resumed ?? whole));
            var next = new NewEvent(Id, log.Max(e => e.OccurredAt).AddHours(30), "nurse", Program(60 + (split % 150), 500), "titration");
            Assert.Equal(Judged(() => Guard.Check(next, log)), Judged(() => Assert.True(Guard.TryCheck(next, resumed ?? whole))));
        }));

        Assert.True(resumedWithoutRebuild > 50, $"only {resumedWithoutRebuild} of 300 logs were taken up from a snapshot");
    }

    [Fact]
    public void The_bounded_reading_for_snapshots_agrees_with_the_whole_reading_on_everything_it_keeps()
    {
        var histories = Gen.ListOf(Gen.Choose(0, 10_000)).Select(ops => ops.Take(60).ToArray()).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(histories, ops =>
        {
            var log = Log(ops);
            var read = TherapyRecord.Read(TestProtocols.Default(), log);
            var bounded = Snapshots.Rebuild(log);

            Assert.Equal(Course(read), Course(bounded));
            Assert.Equal(read.CourseProblem, bounded.CourseProblem);
            Assert.Equal(read.CourseStrays, bounded.CourseStrays);
            Assert.Equal(read.Patient, bounded.Patient);
            Assert.Equal(read.Program, bounded.Program);
            Assert.Equal(read.Dates, bounded.Dates);
            Assert.Equal(read.PendingTransfer, bounded.PendingTransfer);
            Assert.Equal(read.WithdrawalEmergency, bounded.WithdrawalEmergency);
            // Alarms settled before the newest fill (acknowledged, not the battery's) are all a bounded reading forgets.
            var newestFill = read.Fills.Count == 0 ? DateTimeOffset.MinValue : read.Fills[^1].At;
            Assert.Equal(read.Alarms.Where(a => !a.Acknowledged || a.At >= newestFill || a.Alarm is AlarmType.ElectiveReplacement or AlarmType.EndOfService), bounded.Alarms);
            Assert.Equal(read.Fills.Count == 0 ? null : read.Fills[^1], bounded.Fills.Count == 0 ? null : bounded.Fills[^1]);
            Assert.Equal(read.LastImplant, bounded.LastImplant);
            Assert.Equal(read.Doses.TakeLast(bounded.Doses.Count), bounded.Doses);
            Assert.Equal(Outlook(read), Outlook(bounded));
        }));
    }

    [Fact]
    public void A_snapshot_forgets_alarms_settled_before_the_newest_fill_and_keeps_open_battery_and_newer_ones()
    {
        var implanted = Log([]);
        var at = implanted[^1].OccurredAt;
        var log = Sealed(
            implanted,
            (at.AddDays(10), new AlarmRaisedPayload(AlarmType.LowReservoir)), // 6: settled before the refill
            (at.AddDays(11), new AlarmAcknowledgedPayload(6, "refill booked")),
            (at.AddDays(12), new AlarmRaisedPayload(AlarmType.ElectiveReplacement)), // 8: the battery's, kept
            (at.AddDays(13), new AlarmAcknowledgedPayload(8, "replacement booked")),
            (at.AddDays(14), new AlarmRaisedPayload(AlarmType.Other, "catheter access port")), // 10: still open, kept
            (at.AddDays(15), new RefillPayload(Ml(4), Ml(40), Conc(500))),
            (at.AddDays(16), new AlarmRaisedPayload(AlarmType.SafetyAlert, "checked", "UNDER_DELIVERY")), // 12: since the fill, kept
            (at.AddDays(17), new AlarmAcknowledgedPayload(12, "seen")));

        var whole = TherapyRecord.Read(TestProtocols.Default(), log);
        var bounded = Snapshots.Rebuild(log);
        var resumed = Snapshots.Resume(Id, Snapshots.Take(Snapshots.Rebuild(log[..^3]), log[^4].Seq, log[^4].Hash), log[^4].Seq, log[^4].Hash, log[^3..]);

        Assert.Equal([6L, 8, 10, 12], whole.Alarms.Select(a => a.Seq));
        Assert.Equal([8L, 10, 12], bounded.Alarms.Select(a => a.Seq));
        Assert.Equal(bounded.Alarms, resumed!.Alarms);
        Assert.Equal(whole.OpenAlarms, bounded.OpenAlarms);
        Assert.Equal(Outlook(whole), Outlook(bounded));
    }

    [Fact]
    public void A_course_copied_through_its_state_judges_like_the_course_it_was_copied_from()
    {
        var log = Log([.. Enumerable.Range(0, 40).Select(i => i * 7919)]);
        var course = TherapyRecord.Read(TestProtocols.Default(), log).RequireCourse();

        var copy = course.Copy();

        Assert.Equal(Json(course.Capture()), Json(copy.Capture()));
        Assert.Equal(course.Events, copy.Events);
        Assert.Equal(course.PermittedActions, copy.PermittedActions);
    }

    [Fact]
    public void A_snapshot_whose_head_is_not_the_chain_is_ignored()
    {
        var log = Log([1, 2, 3, 4, 5]);
        var snapshot = Snapshots.Take(Snapshots.Rebuild(log), log[^1].Seq, log[^1].Hash);

        Assert.NotNull(Snapshots.Resume(Id, snapshot, log[^1].Seq, log[^1].Hash, []));
        Assert.Null(Snapshots.Resume(Id, snapshot, log[^1].Seq, log[^2].Hash, []));                 // the chain holds another event there
        Assert.Null(Snapshots.Resume(Id, snapshot, log[^1].Seq, null, []));                         // or none
        Assert.Null(Snapshots.Resume(Id, snapshot, log[^2].Seq, log[^2].Hash, [log[^1]]));         // stored under another head
        Assert.Null(Snapshots.Resume(new PatientId("P-OTHER"), snapshot, log[^1].Seq, log[^1].Hash, []));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("[1,2,3]")]
    public void A_snapshot_that_cannot_be_read_is_ignored(string garbage)
    {
        var log = Log([1, 2, 3]);

        Assert.Null(Snapshots.Resume(Id, garbage, log[^1].Seq, log[^1].Hash, []));
    }

    [Fact]
    public void A_snapshot_of_another_version_or_protocol_or_with_a_field_this_build_does_not_know_is_ignored()
    {
        var log = Log([1, 2, 3]);
        var snapshot = Snapshots.Take(Snapshots.Rebuild(log), log[^1].Seq, log[^1].Hash);
        var (seq, hash) = (log[^1].Seq, log[^1].Hash);

        var version = $"\"version\":{CourseSnapshots.Version}";
        Assert.Null(Snapshots.Resume(Id, snapshot.Replace(version, "\"version\":1", StringComparison.Ordinal), seq, hash, [])); // the format before alarms were bounded
        Assert.Null(Snapshots.Resume(Id, snapshot.Replace(version, version + ",\"extra\":true", StringComparison.Ordinal), seq, hash, []));
        var otherProtocol = new CourseSnapshots(TestProtocols.Default() with { Fingerprint = "another protocol text" });
        Assert.Null(otherProtocol.Resume(Id, snapshot, seq, hash, []));
        Assert.Contains(version, snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_edited_into_a_state_no_course_can_be_in_is_ignored()
    {
        var log = Log([1, 2, 3]);
        var snapshot = Snapshots.Take(Snapshots.Rebuild(log), log[^1].Seq, log[^1].Hash);
        var edited = snapshot.Replace("\"phase\":", "\"phase\":99,\"was\":", StringComparison.Ordinal);

        Assert.NotEqual(snapshot, edited);
        Assert.Null(Snapshots.Resume(Id, edited, log[^1].Seq, log[^1].Hash, []));
    }

    [Fact]
    public void A_correction_or_a_late_entry_after_the_snapshot_means_reading_the_log_again()
    {
        var log = Log([1, 2, 3]);
        var snapshot = Snapshots.Take(Snapshots.Rebuild(log), log[^1].Seq, log[^1].Hash);
        var newest = log.Max(e => e.OccurredAt);
        var late = new NewEvent(Id, newest.AddDays(-1), "nurse", new NotePayload("late")).Seal(log[^1].Seq + 1, Now, log[^1].Hash);
        var correction = new NewEvent(Id, newest, "nurse", new CorrectionPayload("entered in error"), "wrong patient", 2).Seal(log[^1].Seq + 1, Now, log[^1].Hash);
        var onTime = new NewEvent(Id, newest, "nurse", new NotePayload("on time")).Seal(log[^1].Seq + 1, Now, log[^1].Hash);

        Assert.Null(Snapshots.Resume(Id, snapshot, log[^1].Seq, log[^1].Hash, [late]));
        Assert.Null(Snapshots.Resume(Id, snapshot, log[^1].Seq, log[^1].Hash, [correction]));
        Assert.NotNull(Snapshots.Resume(Id, snapshot, log[^1].Seq, log[^1].Hash, [onTime]));
    }

    /// <summary>
    /// A log from choices: the screening and implant of <see cref="RefillProgramRuleTests"/>' patient, then notes, dose
    /// programs, refills, alarms and acknowledgements, suspensions, transfers, corrections (retractions and replacements)
    /// and late entries, a day or two apart. Not every log follows the workflow (a correction may retract the implant):
    /// a snapshot must agree with the whole reading whatever the log holds.
    /// </summary>
    private static List<LogEvent> Log(int[] ops)
    {
        var at = Start;
        var history = new List<(DateTimeOffset At, EventPayload Payload, string? Reason, long? Corrects)>
        {
            (at.AddHours(1), new AssessmentPayload([new AssessmentScore("modified-ashworth", "3")]), null, null),
            (at.AddHours(2), new ScreeningBolusPayload(Mass.FromMicrograms(50), Conc(50), Ml(1), ScreeningRoute.LumbarPuncture, 1), null, null),
            (at.AddHours(10), new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), AdverseReaction: false), null, null),
            (at.AddDays(3), Implant("synchromed-ii-40", 40, 500, 100), null, null),
        };
        at = at.AddDays(3);
        var alarms = new List<long>();
        foreach (var op in ops)
        {
            at = at.AddHours(6 + (op / 17 % 60));
            var seq = history.Count + 2; // the registration is 1
            var earlier = 2 + (op / 7 % (history.Count));
            switch (op % 12)
            {
                case 0 or 1:
                    history.Add((at, new NotePayload($"note {op}"), null, null));
                    break;
                case 2 or 3:
                    history.Add((at, Program(80 + (op / 13 % 60), 500), "titration", null));
                    break;
                case 4:
                    history.Add((at, new RefillPayload(Ml(4), Ml(40), Conc(500)), null, null));
                    break;
                case 5:
                    history.Add((at, new AlarmRaisedPayload(op / 5 % 2 == 0 ? AlarmType.LowReservoir : AlarmType.ElectiveReplacement), null, null));
                    alarms.Add(seq);
                    break;
                case 6 when alarms.Count > 0:
                    history.Add((at, new AlarmAcknowledgedPayload(alarms[op / 11 % alarms.Count], "checked"), null, null));
                    break;
                case 7:
                    history.Add((at, op / 3 % 2 == 0 ? new TherapySuspendedPayload("pause") : new TherapyResumedPayload("resume"), null, null));
                    break;
                case 8:
                    history.Add((at, new ProgramTransferredPayload(seq - 1), null, null));
                    break;
                case 9:
                    history.Add((at, new CorrectionPayload("entered in error"), "wrong entry", earlier));
                    break;
                case 10 when history[earlier - 2].Payload is DoseProgramPayload:
                    history.Add((at, Program(90 + (op / 19 % 40), 500), "replaces a mistyped dose", earlier));
                    break;
                case 11:
                    // A late entry: dated between the implant and now.
                    var when = Start.AddDays(3) + ((at - Start.AddDays(3)) * (op / 12 % 100) / 100);
                    history.Add((when, op / 5 % 2 == 0 ? new NotePayload("late note") : Program(100, 500), "entered late", null));
                    break;
                default:
                    history.Add((at, new NotePayload("nothing else"), null, null));
                    break;
            }
        }

        var registered = new NewEvent(Id, Start, "nurse", new PatientRegisteredPayload(LogSamples.Patient(Id))).Seal(1, Now, EventHash.Genesis);
        var log = new List<LogEvent> { registered };
        foreach (var (moment, payload, reason, corrects) in history)
        {
            log.Add(new NewEvent(Id, moment, "nurse", payload, reason, corrects).Seal(log.Count + 1, Now, log[^1].Hash));
        }

        return log;
    }

    /// <summary>The log with events appended, each sealed onto the chain.</summary>
    private static List<LogEvent> Sealed(List<LogEvent> log, params (DateTimeOffset At, EventPayload Payload)[] events)
    {
        var sealedLog = new List<LogEvent>(log);
        foreach (var (moment, payload) in events)
        {
            sealedLog.Add(new NewEvent(Id, moment, "nurse", payload).Seal(sealedLog.Count + 1, Now, sealedLog[^1].Hash));
        }

        return sealedLog;
    }

    private static string Answers(TherapyRecord record) => string.Join(
        "\n",
        Enum.GetValues<ItbPlanner.Domain.Workflow.TherapyAction>().Select(a => $"{a}: {record.Can(a, out var why)} {string.Join("; ", why)}"));

    private static string Judged(Action judge)
    {
        try
        {
            judge();
            return "accepted";
        }
        catch (Exception e) when (e is ItbPlanner.Domain.Errors.ProtocolLimitException or ItbPlanner.Domain.Errors.InvalidInputException)
        {
            return e.Message;
        }
    }

    private static string? Course(TherapyRecord record) => record.Course is { } course ? Json(course.Capture()) : null;

    private static string Json(CourseState state) => JsonSerializer.Serialize(state, SnapshotJsonContext.Default.CourseState);

    private static object Outlook(TherapyRecord record)
    {
        var outlook = ItbPlanner.Domain.Scheduling.PatientOutlook.Read(record, TestProtocols.Default(), Today, TimeZoneInfo.Utc);
        return (string.Join("|", outlook.Working), string.Join("|", outlook.Alerts), outlook.RefillByDate, outlook.AlarmDate, outlook.Urgency, outlook.RecordedDates);
    }
}

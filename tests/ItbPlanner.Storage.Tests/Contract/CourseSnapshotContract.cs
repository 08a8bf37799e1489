using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>
/// Issue 13 item 3, in every store: the course snapshots table is kept at the chain head by guarded appends, is a cache
/// (its rows may be changed or deleted, and a row that does not match the chain is ignored and rebuilt, never trusted over
/// the log), and reads through it give what reading the whole log gives.
/// </summary>
public abstract class CourseSnapshotContract : IDisposable
{
    private static readonly WorkflowEventGuard Guard = new(TestProtocols.Default());
    private static readonly PatientId Id = LogSamples.P1;
    private IStoreUnderTest? store;

    protected IStoreUnderTest Store => store ??= CreateStore();

    public void Dispose()
    {
        store?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Guarded_appends_keep_each_patients_snapshot_at_the_head_of_their_chain()
    {
        using var database = Implanted();
        var events = new EventStore(database, Guard);

        events.Append(Note(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero), "first note"));
        var head = events.Append(Note(new DateTimeOffset(2026, 11, 7, 9, 0, 0, TimeSpan.Zero), "second note"));

        Assert.Equal((head.Seq, head.Hash), Row());
        Assert.Equal(Whole(database), Through(database));
    }

    [Theory]
    [InlineData("UPDATE course_snapshots SET body = 'not a snapshot'")]
    [InlineData("UPDATE course_snapshots SET head_hash = 'ffff'")]
    [InlineData("UPDATE course_snapshots SET head_seq = head_seq + 5")]
    [InlineData("UPDATE course_snapshots SET head_seq = 2")]
    [InlineData("UPDATE course_snapshots SET version = 0")]
    [InlineData("UPDATE course_snapshots SET protocol = 'another protocol'")]
    [InlineData("DELETE FROM course_snapshots")]
    public void A_snapshot_that_does_not_match_is_ignored_the_guard_still_judges_by_the_log_and_the_snapshot_is_rebuilt(string tamper)
    {
        using var database = Implanted();
        var events = new EventStore(database, Guard);
        events.Append(Note(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero), "note"));
        Store.Execute(tamper);

        // Above the hard ceiling: refused by the course read from the log, whatever the cache says.
        var refused = Assert.Throws<ProtocolLimitException>(() => events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 8, 9, 0, 0, TimeSpan.Zero), "dr", Program(5000, 500), "way up")));
        var head = events.Append(Note(new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero), "after"));

        Assert.Equal("DOSE_ABOVE_HARD_LIMIT", refused.Code);
        Assert.Equal((head.Seq, head.Hash), Row());
        Assert.Equal(Whole(database), Through(database));
    }

    [Fact]
    public void A_read_saves_a_missing_snapshot()
    {
        using var database = Implanted();
        var events = new EventStore(database, Guard);
        events.Append(Note(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero), "note"));
        Store.Execute("DELETE FROM course_snapshots");

        Assert.Equal(Whole(database), Through(database)); // a read saves the missing snapshot
        Assert.NotNull(Row());
    }

    [Fact]
    public void A_late_entry_and_a_correction_are_judged_against_the_whole_log_and_the_snapshot_read_again()
    {
        using var database = Implanted();
        var events = new EventStore(database, Guard);
        events.Append(Note(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero), "note"));
        var program = events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero), "dr", Program(110, 500), "titration"));

        // Late: a program dated before the one logged on 11-12, which it would make too big a step from 120 (refused) ...
        var late = Assert.Throws<ProtocolLimitException>(() => events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 11, 9, 0, 0, TimeSpan.Zero), "dr", Program(60, 500), "late")));
        // ... a late note is taken, and so is a correction retracting the program.
        events.Append(Note(new DateTimeOffset(2026, 11, 8, 9, 0, 0, TimeSpan.Zero), "late note"));
        var head = events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 13, 9, 0, 0, TimeSpan.Zero), "dr", new CorrectionPayload("wrong patient"), "entered in error", program.Seq));

        Assert.NotNull(late.Code);
        Assert.Equal((head.Seq, head.Hash), Row());
        Assert.Equal(Whole(database), Through(database));
        Assert.Equal(new CourseSnapshots(TestProtocols.Default()).Rebuild(new EventStore(database).Events(Id)).Program, new CourseRecords(database, Guard.Snapshots).Of(Id).Program);
    }

    [Fact]
    public void The_snapshot_table_is_a_cache_the_log_verifies_without_it()
    {
        using var database = Implanted();
        new EventStore(database, Guard).Append(Note(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero), "note"));

        Assert.True(new LogVerifier(database).Audit().IsIntact, string.Join("; ", new LogVerifier(database).Audit().Problems.Select(p => p.Message)));
        Store.Execute("UPDATE course_snapshots SET body = 'x'");
        Store.Execute("DELETE FROM course_snapshots");
        Assert.Equal(0L, Convert.ToInt64(Store.Scalar("SELECT count(*) FROM course_snapshots"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(new LogVerifier(database).Audit().IsIntact, string.Join("; ", new LogVerifier(database).Audit().Problems.Select(p => p.Message)));
    }

    [Fact]
    public void Reading_every_patient_through_snapshots_gives_what_reading_every_log_gives()
    {
        using var database = Implanted();
        new PatientStore(database).Register(LogSamples.Patient(LogSamples.P2), new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "nurse");
        new EventStore(database).Append(new NewEvent(LogSamples.P2, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), "nurse", new NotePayload("unguarded")));

        var first = new CourseRecords(database, Guard.Snapshots).All();
        var again = new CourseRecords(database, Guard.Snapshots).All();

        Assert.Equal([Id, LogSamples.P2], first.Select(r => r.Patient.Id));
        Assert.Equal(2L, Convert.ToInt64(Store.Scalar("SELECT count(*) FROM course_snapshots"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first.Select(Json), again.Select(Json));
        Assert.Equal(Whole(database), Json(again[0]));
    }

    [Fact]
    public void Reading_every_patient_reads_on_from_a_snapshot_behind_the_chain_and_moves_it_to_the_head()
    {
        using var database = Implanted();
        new EventStore(database, Guard).Append(Note(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero), "guarded"));
        // Unguarded appends (an import, the bench's generator) leave the snapshot behind the chain.
        var head = new EventStore(database).Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 8, 9, 0, 0, TimeSpan.Zero), "dr", Program(110, 500), "titration"));
        Assert.NotEqual((head.Seq, head.Hash), Row());

        var read = Assert.Single(new CourseRecords(database, Guard.Snapshots).All());

        Assert.Equal(Whole(database), Json(read));
        Assert.Equal((head.Seq, head.Hash), Row());
    }

    [Fact]
    public void Comparing_the_snapshots_with_the_log_names_each_patient_whose_snapshot_the_log_does_not_give()
    {
        using var database = Implanted();
        new PatientStore(database).Register(LogSamples.Patient(LogSamples.P2), new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "nurse");
        new EventStore(database).Append(new NewEvent(LogSamples.P2, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), "nurse", new NotePayload("unguarded")));
        var records = new CourseRecords(database, Guard.Snapshots);
        records.All(); // saves both snapshots

        Assert.Equal((2, 0), (records.Compare(null).Compared, records.Compare(null).Disagreeing.Count));
        Store.Execute($"UPDATE course_snapshots SET body = replace(body, 'P-0001', 'P-0002') WHERE patient_id = '{Id.Value}'");

        var (compared, disagreeing) = records.Compare(null);
        Assert.Equal(2, compared);
        Assert.Equal([(Id, Row()!.Value.Seq)], disagreeing);
        Assert.Equal((1, 0), (records.Compare(LogSamples.P2).Compared, records.Compare(LogSamples.P2).Disagreeing.Count));
    }

    /// <summary>The store under test, as a subclass makes it.</summary>
    protected abstract IStoreUnderTest CreateStore();

    /// <summary>A log with <see cref="LogSamples.P1"/> screened positive and implanted (500 mcg/mL, 100 mcg/day) through the guard.</summary>
    private LogDatabase Implanted()
    {
        var database = Store.Open();
        new PatientStore(database).Register(LogSamples.Patient(), new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "nurse");
        var events = new EventStore(database, Guard);
        events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), "dr", new AssessmentPayload([new AssessmentScore("modified-ashworth", "3")])));
        events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "dr", new ScreeningBolusPayload(Mass.FromMicrograms(50), Conc(50), Ml(1), ScreeningRoute.LumbarPuncture, 1)));
        events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero), "dr", new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), AdverseReaction: false)));
        events.Append(new NewEvent(Id, new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero), "dr", Implant("synchromed-ii-40", 40, 500, 100)));
        return database;
    }

    private static NewEvent Note(DateTimeOffset at, string text) => new(Id, at, "nurse", new NotePayload(text));

    private (long Seq, string Hash)? Row()
    {
        var seq = Store.Scalar($"SELECT head_seq FROM course_snapshots WHERE patient_id = '{Id.Value}'");
        var hash = Store.Scalar($"SELECT head_hash FROM course_snapshots WHERE patient_id = '{Id.Value}'");
        return seq is null or DBNull ? null : (Convert.ToInt64(seq, System.Globalization.CultureInfo.InvariantCulture), (string)hash!);
    }

    /// <summary>The record read from the whole log, as a snapshot would hold it.</summary>
    private static string Whole(LogDatabase database) => Json(Guard.Snapshots.Rebuild(new EventStore(database).Events(Id)));

    /// <summary>The record read through the snapshot.</summary>
    private static string Through(LogDatabase database) => Json(new CourseRecords(database, Guard.Snapshots).Of(Id));

    private static string Json(TherapyRecord record) => Guard.Snapshots.Take(record, 0, "-");
}

/// <summary>The course snapshot contract on a SQLite file.</summary>
public sealed class SqliteCourseSnapshotContract : CourseSnapshotContract
{
    /// <inheritdoc/>
    protected override IStoreUnderTest CreateStore() => new SqliteStore();
}

/// <summary>The course snapshot contract on a PostgreSQL server (skipped without ITB_TEST_PG).</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresCourseSnapshotContract : CourseSnapshotContract
{
    /// <inheritdoc/>
    protected override IStoreUnderTest CreateStore() => new PostgresStore();
}

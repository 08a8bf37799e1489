using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Whatever is recorded, in whatever order and at whatever moments (late entries, back-dated events, refusals), the log
/// never reaches a state in which the next valid record is refused: every refusal is one line with exit 2 or 3, the log
/// verifies, and a note made now is taken.
/// </summary>
public sealed class LogNeverStuckTests
{
    private static readonly DateTime Registered = new(2026, 11, 1, 9, 0, 0);

    private static readonly Func<string, string[]>[] Steps =
    [
        at => ["note", "--text", "seen", "--at", at],
        at => ["assessment", "--score", "modified-ashworth=3", "--at", at],
        at => ["screening-bolus", "--dose", "50mcg", "--at", at],
        at => ["screening-outcome", "--outcome", "positive", "--effect-hours", "6", "--at", at],
        at => ["implant", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", at],
        at => ["dose-program", "--dose", "110mcg/day", "--reason", "step", "--at", at],
        at => ["dose-program", "--dose", "90mcg/day", "--reason", "drowsy", "--at", at],
        at => ["refill", "--aspirated", "30mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", at],
        at => ["therapy-suspended", "--notes", "MRI", "--at", at],
        at => ["therapy-resumed", "--at", at],
        at => ["program-transferred", "--at", at],
        at => ["alarm-raised", "--alarm", "low-reservoir", "--at", at],
        at => ["alarm-acknowledged", "--action", "refill booked", "--at", at],
        at => ["withdrawal-emergency", "--symptoms", "itch, rising tone", "--action", "pump checked", "--at", at],
        at => ["correction", "--corrects", "2", "--reason", "wrong patient", "--at", at],
    ];

    /// <summary>Histories of 3 to 14 records, each one of the first <paramref name="kinds"/> steps at a moment from two days before the registration to 20 days after.</summary>
    private static Arbitrary<(int Step, int Minute)[]> Histories(int kinds)
    {
        var step = Gen.Zip(Gen.Choose(0, kinds - 1), Gen.Choose(-60 * 24 * 2, 60 * 24 * 20)).Select(p => (Step: p.Item1, Minute: p.Item2));
        return Gen.Choose(3, 14).SelectMany(n => Gen.ArrayOf(step, n)).ToArbitrary();
    }

    /// <summary>Records a history on a fresh log with P1; every refusal is exit 2 or 3 in one line.</summary>
    private static LogCli Recorded((int Step, int Minute)[] steps)
    {
        var cli = new LogCli();
        cli.RegisterP1();
        foreach (var (index, minute) in steps)
        {
            var at = Registered.AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            var args = Steps[index](at);
            var result = cli.Run(["log", "record", args[0], "--patient", "P1", .. args[1..]]);
            Assert.True(result.ExitCode is 0 or 2 or 3, $"{args[0]} at {at}: exit {result.ExitCode}: {result.Error}");
            Assert.True(result.ExitCode == 0 || result.ErrorLines.Length == 1, result.Error);
        }

        return cli;
    }

    [Fact]
    public void No_order_of_records_leaves_a_log_that_refuses_the_next_valid_record()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Histories(Steps.Length), steps =>
        {
            using var cli = Recorded(steps);

            Assert.Equal(0, cli.Run("log", "verify").ExitCode);
            Assert.Equal(0, cli.Run("log", "show", "--patient", "P1").ExitCode);
            Assert.Equal(0, cli.Run("schedule").ExitCode);
            var next = cli.Run("log", "record", "note", "--patient", "P1", "--text", "still recording");
            Assert.True(next.ExitCode == 0, next.Error);
        }));
    }

    [Fact]
    public void Guarded_records_in_any_order_keep_the_course_readable()
    {
        // Corrections are reviewed by people, not by the workflow; every other record goes through the guard, which judges
        // it (and the records after it) in time order, so the course read from the log never strays.
        Check.QuickThrowOnFailure(Prop.ForAll(Histories(Steps.Length - 1), steps =>
        {
            using var cli = Recorded(steps);

            // An alarm goes through the course: it is refused if the course cannot be read from the log.
            var alarm = cli.Run("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "other", "--details", "checking the course reads");
            Assert.True(alarm.ExitCode == 0, alarm.Error);
        }));
    }

    [Fact]
    public void A_log_holding_an_event_dated_before_the_registration_still_takes_the_next_record()
    {
        using var cli = new LogCli();
        cli.RegisterP1();
        using (var database = Storage.LogDatabase.Open(cli.Database, cli.Clock))
        {
            // As an earlier version could write it: no guard.
            new Storage.EventStore(database).Append(new Domain.Log.NewEvent(new Domain.Log.PatientId("P1"), new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero), "nurse", new Domain.Log.Payloads.NotePayload("referral letter")));
        }

        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        Assert.Equal(0, cli.Run("log", "verify").ExitCode);
    }

    [Fact]
    public void A_correction_that_retracts_the_implant_leaves_its_refill_out_of_the_course_and_says_so()
    {
        using var cli = new LogCli();
        cli.RegisterP1();
        cli.ImplantP1(); // the implant is event 5
        cli.Ok("log", "record", "refill", "--patient", "P1", "--aspirated", "37mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", "2026-11-20T10:00");

        cli.Ok("log", "record", "correction", "--patient", "P1", "--corrects", "5", "--reason", "implant entered on the wrong patient", "--at", "2026-11-20T11:00");

        cli.Ok("log", "record", "note", "--patient", "P1", "--text", "implant to be re-entered");
        cli.Ok("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "other", "--details", "checking the course reads");
        var refused = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "110mcg/day", "--concentration", "500mcg/mL", "--reason", "step");
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("not available in phase ScreeningPositive", refused.Error, StringComparison.Ordinal);
    }
}

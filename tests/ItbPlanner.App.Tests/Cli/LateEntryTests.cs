namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// The record says when things happened: an event dated before the patient's newest event is a late entry, accepted when
/// the course replayed in time order with it still meets every guard, for it and for every event after it.
/// </summary>
public sealed class LateEntryTests : IDisposable
{
    private readonly LogCli cli = new();

    public LateEntryTests() => cli.RegisterP1();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_12_00_assessment_entered_after_the_13_00_one_is_accepted_as_a_late_entry()
    {
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T13:00");

        var late = cli.Run("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=4", "--at", "2026-11-02T12:00", "--json");

        Assert.True(late.ExitCode == 0, late.Error);
        Assert.True(late.Json.GetProperty("lateEntry").GetBoolean());
        Assert.Equal("2026-11-02T12:00:00.0000000Z", late.Json.GetProperty("occurredAt").GetString());
        Assert.Equal("2026-11-21T09:00:00.0000000Z", late.Json.GetProperty("recordedAt").GetString());
        var events = cli.Ok("log", "show", "--patient", "P1", "--json").Json.EnumerateArray().ToArray();
        Assert.False(events[1].TryGetProperty("lateEntry", out _));
        Assert.True(events[2].GetProperty("lateEntry").GetBoolean());
        Assert.Contains("LATE ENTRY (recorded 2026-11-21 09:00)", cli.Ok("log", "show", "--patient", "P1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_entry_that_would_make_a_later_event_break_a_guard_is_refused_naming_that_event()
    {
        cli.ImplantP1(); // 100 mcg/day from 2026-11-05 10:00, events 2-6
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "120mcg/day", "--reason", "step 1", "--at", "2026-11-07T10:00");

        // 2026-11-06 20:00 is past the 24 h post-implant hold, but puts the increase of 11-07 10:00 within 24 h of it.
        var late = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "110mcg/day", "--reason", "step", "--at", "2026-11-06T20:00");

        Assert.Equal(3, late.ExitCode);
        Assert.Single(late.ErrorLines);
        Assert.Contains("INCREASE_TOO_SOON", late.Error, StringComparison.Ordinal);
        Assert.Contains("later event 7 (dose-program at 2026-11-07 10:00 UTC)", late.Error, StringComparison.Ordinal);
        Assert.Equal(7, cli.Ok("log", "show", "--patient", "P1", "--json").Json.GetArrayLength());
    }

    [Fact]
    public void A_late_entry_is_judged_against_the_course_at_its_own_moment()
    {
        cli.ImplantP1();
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "120mcg/day", "--reason", "step 1", "--at", "2026-11-08T10:00");

        // A decrease on 11-06 (before the increase): allowed then, and the increase of 11-08 is still 24 h after it.
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "95mcg/day", "--reason", "drowsy", "--at", "2026-11-06T10:00");

        // An increase within 24 h of the implant, entered late, is refused against the course at its own moment.
        var early = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "110mcg/day", "--reason", "step", "--at", "2026-11-05T20:00");
        Assert.Equal(3, early.ExitCode);
        Assert.Contains("INCREASE_TOO_SOON", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refill_dated_before_the_implant_is_refused()
    {
        cli.ImplantP1();

        var refill = cli.Run("log", "record", "refill", "--patient", "P1", "--aspirated", "2mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", "2026-11-04T10:00");

        Assert.Equal(3, refill.ExitCode);
        Assert.Contains("a pump is implanted", refill.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_dated_before_the_registration_is_refused_and_the_log_takes_the_next_record()
    {
        var early = cli.Run("log", "record", "note", "--patient", "P1", "--text", "referral letter", "--at", "2026-10-30T09:00");

        Assert.Equal(3, early.ExitCode);
        Assert.Contains("EVENT_BEFORE_REGISTRATION", early.Error, StringComparison.Ordinal);
        cli.Ok("log", "record", "note", "--patient", "P1", "--text", "referral letter", "--at", "2026-11-01T09:30");
    }
}

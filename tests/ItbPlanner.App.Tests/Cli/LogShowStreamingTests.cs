using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 12 item 14: log show streams, takes --limit N (the newest N, oldest first) and pages long tables.</summary>
public sealed class LogShowStreamingTests : IDisposable
{
    private readonly LogCli cli = new();

    public LogShowStreamingTests()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        for (var i = 1; i <= 8; i++)
        {
            cli.Ok("log", "record", "note", "--patient", "P1", "--text", $"Review {i}", "--at", $"2026-11-{6 + i:D2}T09:00");
        }

        // A late entry and a correction, so the marks come from the whole log whatever is shown.
        cli.Ok("log", "record", "note", "--patient", "P1", "--text", "late review", "--at", "2026-11-06T12:00");
        cli.Ok("log", "record", "correction", "--patient", "P1", "--corrects", "8", "--reason", "entered in error", "--at", "2026-11-20T09:00");
    }

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Limit_shows_the_newest_N_events_oldest_first_with_marks_from_the_whole_log()
    {
        var json = cli.Ok("log", "show", "--patient", "P1", "--limit", "3", "--json").Json;
        var notes = cli.Ok("log", "show", "--patient", "P1", "--kind", "note", "--limit", "2", "--json").Json;

        Assert.Equal([14L, 15L, 16L], json.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        Assert.True(json[1].GetProperty("lateEntry").GetBoolean());
        Assert.Equal([14L, 15L], notes.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        var all = cli.Ok("log", "show", "--patient", "P1", "--json").Json;
        Assert.True(all.EnumerateArray().Single(e => e.GetProperty("seq").GetInt64() == 8).GetProperty("voided").GetBoolean());
        Assert.Equal(16, all.GetArrayLength());
    }

    [Fact]
    public void Limit_in_a_table_counts_only_what_is_shown_and_a_bad_limit_is_refused_in_one_line()
    {
        var table = cli.Ok("log", "show", "--patient", "P1", "--limit", "2").Out;
        var zero = cli.Run("log", "show", "--patient", "P1", "--limit", "0");

        Assert.Contains("Log of patient P1 (2 events)", table, StringComparison.Ordinal);
        Assert.Contains("LATE ENTRY", table, StringComparison.Ordinal);
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("--limit: '0' is not a number of events", Assert.Single(zero.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_longer_than_a_page_is_rendered_in_pages_with_every_event_and_todays_dates()
    {
        using (var database = LogDatabase.Open(cli.Database, cli.Clock))
        {
            var at = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
            new EventStore(database).AppendAll([.. Enumerable.Range(1, 520).Select(i => new NewEvent(new PatientId("P1"), at, "nurse", new NotePayload($"Daily check {i}")))]);
        }

        var table = cli.Ok("log", "show", "--patient", "P1").Out;

        Assert.Contains("Log of patient P1 (536 events)", table, StringComparison.Ordinal);
        Assert.Contains("Daily check 1 ", table, StringComparison.Ordinal);
        Assert.Contains("Daily check 520", table, StringComparison.Ordinal);
        Assert.Contains("Current dates (recomputed as itb schedule does)", table, StringComparison.Ordinal);
        Assert.Equal(1, table.Split("Log of patient P1").Length - 1);
    }
}

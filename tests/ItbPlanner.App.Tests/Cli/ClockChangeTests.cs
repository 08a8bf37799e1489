namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// The fall-back hour: when the clocks go back, 02:00–03:00 happens twice, and that hour decides the 24 h rule between
/// increases. An ambiguous local time needs its offset; an offset the zone does not have is a slip.
/// </summary>
public sealed class ClockChangeTests : IDisposable
{
    private readonly LogCli cli = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    public ClockChangeTests() => cli.Ok("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--at", "2026-10-01T09:00");

    public void Dispose() => cli.Dispose();

    [Fact]
    public void An_ambiguous_fall_back_time_is_refused_asking_for_its_offset()
    {
        var result = cli.Run("log", "record", "note", "--patient", "P1", "--text", "n", "--at", "2026-10-25T02:30");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("happened twice in Europe/Berlin", result.Error, StringComparison.Ordinal);
        Assert.Contains("2026-10-25T02:30+02:00", result.Error, StringComparison.Ordinal);
        Assert.Contains("2026-10-25T02:30+01:00", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-10-25T02:30+02:00", "2026-10-25T00:30:00.0000000Z")]
    [InlineData("2026-10-25T02:30+01:00", "2026-10-25T01:30:00.0000000Z")]
    [InlineData("2026-11-02T09:00", "2026-11-02T08:00:00.0000000Z")]
    [InlineData("2026-11-02T09:00+01:00", "2026-11-02T08:00:00.0000000Z")]
    public void An_offset_says_which_moment_a_local_time_was(string at, string stored)
    {
        var result = cli.Ok("log", "record", "note", "--patient", "P1", "--text", "n", "--at", at, "--json");

        Assert.Equal(stored, result.Json.GetProperty("occurredAt").GetString());
    }

    [Theory]
    [InlineData("2026-11-02T09:00+02:00")]
    [InlineData("2026-10-25T02:30+05:00")]
    public void An_offset_the_clinic_zone_does_not_have_then_is_refused(string at)
    {
        var result = cli.Run("log", "record", "note", "--patient", "P1", "--text", "n", "--at", at);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not match Europe/Berlin", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_the_clocks_skipped_is_refused()
    {
        var result = cli.Run("log", "record", "note", "--patient", "P1", "--text", "n", "--at", "2027-03-28T02:30");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the clocks skipped it", result.Error, StringComparison.Ordinal);
    }
}

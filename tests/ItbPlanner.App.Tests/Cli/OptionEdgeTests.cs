namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Options say one thing once: a repeated or value-less option, an empty or '-' path, and an implausible date are each a
/// one-line error (exit 2), never silently resolved.
/// </summary>
public sealed class OptionEdgeTests
{
    private static readonly string[] Refill = ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL"];

    public static TheoryData<string[], string> Refused => new()
    {
        { [.. Refill, "--dose", "186mcg/day", "--dose"], "--dose: a value is missing" },
        { [.. Refill, "--dose", "186mcg/day", "--dose", "10mcg/day"], "'--dose' expects a single argument" },
        { [.. Refill, "--dose", "186mcg/day", "--date", "9999-12-31"], "outside the dates ItbPlanner accepts" },
        { [.. Refill, "--dose", "186mcg/day", "--date", "1900-01-01"], "outside the dates ItbPlanner accepts" },
        { [.. Refill, "--dose", "186mcg/day", "--booked", "2200-01-01"], "outside the dates ItbPlanner accepts" },
        { ["flex", "--concentration", "500mcg/mL", "--step", "00:00 10mcg/h", "--step"], "--step: a value is missing" },
        { ["schedule", "--db", ""], "--db: give a file name; an empty one does not mean the default" },
        { ["patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--db", "-"], "--db: '-' is not a file name here" },
        { ["refill", "--protocol", "", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day"], "--protocol: give a file name" },
        { ["log", "record", "note", "--patient", "P1", "--text", "x", "--at", "9999-12-31T10:00", "--db", "/nonexistent/itb.db"], "outside the dates ItbPlanner accepts" },
        { ["log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--bolus-number", "NaN", "--db", "/nonexistent/itb.db"], "--bolus-number: 'NaN' is not a whole number" },
        { ["log", "verify", "--checkpoint", "a\u0000b", "--public-key", "k.pub"], "--checkpoint: the name holds control characters" },
        { ["protocol", "validate", ""], "PATH: give a file name" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void An_ambiguous_or_implausible_option_is_one_line_and_exit_2(string[] args, string message)
    {
        var result = CliHarness.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void List_options_still_take_one_value_per_occurrence()
    {
        var result = CliHarness.Run("flex", "--concentration", "500mcg/mL", "--step", "00:00 10mcg/h", "--step", "06:00 6mcg/h", "--json");

        Assert.Equal(0, result.ExitCode);
    }
}

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// The log holds the same limits as the calculators (the same code: the refill calculator checks every fill the log
/// takes): it never records a fill a refill plan would refuse, and a record that must say why never takes a blank reason.
/// </summary>
public sealed class LogHoldsCalculatorLimitsTests : IDisposable
{
    private readonly LogCli cli = new();

    public LogHoldsCalculatorLimitsTests()
    {
        cli.RegisterP1();
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");
    }

    public void Dispose() => cli.Dispose();

    private int Events() => cli.Ok("log", "show", "--patient", "P1", "--json").Json.GetArrayLength();

    [Fact]
    public void An_implant_at_a_rate_the_pump_cannot_deliver_is_refused_as_the_refill_calculator_refuses_it()
    {
        var before = Events();

        var result = cli.Run("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "0.5mcg/day", "--at", "2026-11-05T10:00");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("RATE_BELOW_PUMP_MINIMUM", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, Events());
    }

    [Fact]
    public void A_refill_above_the_reservoirs_capacity_is_refused_even_with_the_programmers_dates()
    {
        cli.Ok("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00");
        var before = Events();

        var plain = cli.Run("log", "record", "refill", "--patient", "P1", "--aspirated", "30mL", "--fill-volume", "186mL", "--concentration", "500mcg/mL", "--at", "2026-11-20T10:00");
        var withDates = cli.Run("log", "record", "refill", "--patient", "P1", "--aspirated", "30mL", "--fill-volume", "186mL", "--concentration", "500mcg/mL", "--alarm-date", "2027-03-01", "--refill-by", "2027-02-20", "--at", "2026-11-20T10:00");

        foreach (var result in new[] { plain, withDates })
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--fill-volume", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
            Assert.Contains("capacity of 40 mL", result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, Events());
    }

    [Theory]
    [InlineData("dose-program", "--dose", "100mcg/day")]
    [InlineData("candidacy-declined")]
    public void A_record_that_must_say_why_refuses_a_blank_reason(string kind, params string[] options)
    {
        var result = cli.Run(["log", "record", kind, "--patient", "P1", .. options, "--reason", "  "]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--reason", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("must say why", result.Error, StringComparison.Ordinal);
    }
}

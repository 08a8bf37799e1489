namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// A program's rate must deliver its dose at its strength (failure mode: a program that does not match what is in the
/// pump). 100 mcg/day at 500 mcg/mL runs at 0.2 mL/day; a rate typed as 2 mL/day would give 1000 mcg/day.
/// </summary>
public sealed class ProgramRateMismatchTests
{
    [Fact]
    public void A_dose_program_whose_rate_delivers_ten_times_the_dose_is_a_hard_stop_and_not_logged()
    {
        using var cli = new LogCli();
        cli.RegisterP1();
        cli.ImplantP1();
        var before = cli.Ok("log", "show", "--patient", "P1").Out;

        var result = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "100mcg/day", "--concentration", "500mcg/mL", "--rate", "2mL/day", "--reason", "typed", "--at", "2026-11-20T10:00");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("PROGRAM_RATE_MISMATCH", result.Error, StringComparison.Ordinal);
        Assert.Contains("1000 mcg/day", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, cli.Ok("log", "show", "--patient", "P1").Out);
    }

    [Fact]
    public void A_rate_rounded_as_the_pump_shows_it_is_accepted()
    {
        using var cli = new LogCli();
        cli.RegisterP1();
        cli.ImplantP1();

        // 110 mcg/day at 500 mcg/mL is 0.22 mL/day; a programmer showing 0.219 mL/day (109.5 mcg/day) is rounding.
        var result = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "110mcg/day", "--concentration", "500mcg/mL", "--rate", "0.219mL/day", "--reason", "step", "--at", "2026-11-20T10:00");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void An_implant_whose_rate_does_not_deliver_its_dose_is_a_hard_stop()
    {
        using var cli = new LogCli();
        cli.RegisterP1();
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");

        var result = cli.Run("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--rate", "0.02mL/day", "--at", "2026-11-05T10:00");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("PROGRAM_RATE_MISMATCH", result.Error, StringComparison.Ordinal);
    }
}

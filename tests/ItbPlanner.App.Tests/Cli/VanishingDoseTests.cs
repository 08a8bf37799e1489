namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// A daily dose below 0.1 mcg/day is a slip, never a dose: it is refused in words where it is typed, and so never
/// becomes the dose in force that a later change would be divided by (found by the malformed-input sweep: a program of
/// 1e-28 mcg/day was logged, and the next change crashed the workflow's guard with a decimal overflow).
/// </summary>
public sealed class VanishingDoseTests
{
    private const string Vanishing = "0.0000000000000000000000000001mcg/day";

    [Fact]
    public void A_maintenance_change_from_a_vanishing_dose_is_refused_in_words()
    {
        var result = CliHarness.Run("maintenance-change", "--from", Vanishing, "--to", "200mcg/day", "--origin", "spinal");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("below the smallest ItbPlanner accepts, 0.1 mcg/day", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maintenance_change_to_a_vanishing_dose_is_refused_in_words()
    {
        var result = CliHarness.Run("maintenance-change", "--from", "200mcg/day", "--to", Vanishing, "--origin", "spinal", "--override-reason", "stop");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("below the smallest ItbPlanner accepts", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_of_a_vanishing_dose_is_not_logged_and_the_next_change_is_judged()
    {
        using var cli = new LogCli();
        cli.RegisterP1();
        cli.ImplantP1();

        var vanishing = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", Vanishing, "--concentration", "500mcg/mL", "--override-reason", "x", "--reason", "slip", "--at", "2026-11-20T10:00");
        var next = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "110mcg/day", "--reason", "step", "--at", "2026-11-20T11:00");

        Assert.Equal(2, vanishing.ExitCode);
        Assert.Contains("below the smallest ItbPlanner accepts", vanishing.Error, StringComparison.Ordinal);
        Assert.Equal(0, next.ExitCode);
    }
}

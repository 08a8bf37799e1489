using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Issue 12 item 9 at the command line: values that passed <c>protocol validate</c> and then crashed <c>titrate</c>
/// (exit 1, OverflowException) are refused by validate and by every command, exit 2 at the value's file:line.
/// </summary>
public sealed class PlausibleProtocolCliTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("itb-plausible-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void A_dose_resolution_of_1e_minus_28_mcg_per_day_fails_validate_and_titrate_exits_2_not_1()
    {
        var path = Protocol("doseResolution: { value: 0.1 mcg/day", "doseResolution: { value: 0.0000000000000000000000000001 mcg/day");

        var validate = CliHarness.Run("protocol", "validate", path);
        var titrate = CliHarness.Run("titrate", "--protocol", path, "--from", "100mcg/day", "--to", "200mcg/day", "--origin", "spinal");

        Assert.Equal(2, validate.ExitCode);
        Assert.Equal(3, validate.ErrorLines.Length);
        Assert.All(validate.ErrorLines, line => Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:\\d+: titration\\.\\w+\\.doseResolution must lie between 0\\.01 mcg/day and 10 mcg/day", line));
        Assert.Equal(2, titrate.ExitCode);
        Assert.StartsWith($"error: {path}:", Assert.Single(titrate.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("marginDays: { value: 7 days", "marginDays: { value: 100000000 days", "refill.marginDays")]
    [InlineData("doseResolution: { value: 0.1 mcg/day", "doseResolution: { value: 5000 mcg/day", "titration.spinal.doseResolution")]
    [InlineData("minimumIncrease: { value: 10 %", "minimumIncrease: { value: 0.0000001 %", "titration.spinal.minimumIncrease")]
    public void The_issues_implausible_values_fail_validate(string fragment, string replacement, string key)
    {
        var path = Protocol(fragment, replacement);

        var result = CliHarness.Run("protocol", "validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith(path + ":", StringComparison.Ordinal) && line.Contains($": {key} must lie between", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_verified_on_9999_12_31_fails_validate_at_its_line()
    {
        var path = Protocol("(Medtronic manual not read)\", verify: true }", "(Medtronic manual not read)\", verify: true, verifiedBy: Dr A. Example, verifiedOn: 9999-12-31 }");

        var result = CliHarness.Run("protocol", "validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:\\d+: refill\\.stabilityLimitDays\\.verifiedOn 9999-12-31 is in the future \\(today is 2026-11-21\\)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_value_verified_on_9999_12_31_is_refused_by_every_command_using_the_protocol()
    {
        var path = Protocol("(Medtronic manual not read)\", verify: true }", "(Medtronic manual not read)\", verify: true, verifiedBy: Dr A. Example, verifiedOn: 9999-12-31 }");

        var result = CliHarness.Run("protocol", "show", "--protocol", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("verifiedOn 9999-12-31 is in the future", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private string Protocol(string fragment, string replacement)
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("protocols", "default.yaml"));
        Assert.Contains(fragment, text, StringComparison.Ordinal);
        var path = Path.Combine(folder.FullName, "clinic.yaml");
        File.WriteAllText(path, text.Replace(fragment, replacement, StringComparison.Ordinal));
        return path;
    }
}

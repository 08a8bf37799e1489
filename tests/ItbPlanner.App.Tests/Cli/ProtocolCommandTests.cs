using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class ProtocolCommandTests
{
    [Fact]
    public void The_bundled_protocol_validates()
    {
        var result = CliHarness.Run("protocol", "validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_protocol_lists_every_error_as_file_line_and_exits_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"itb-broken-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(RepositoryPaths.Combine("protocols", "default.yaml"))
            .Replace("capacity: { value: 20 mL", "capacity: { value: -20 mL", StringComparison.Ordinal)
            .Replace("value: 2000 mcg/day", "value: 2000 furlongs", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        try
        {
            var result = CliHarness.Run("protocol", "validate", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.All(result.ErrorLines, line => Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:\\d+: ", line));
            Assert.Contains("furlongs", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_command_takes_another_protocol_with_protocol_option()
    {
        var path = Path.Combine(Path.GetTempPath(), $"itb-margin-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(RepositoryPaths.Combine("protocols", "default.yaml"));
        var changed = System.Text.RegularExpressions.Regex.Replace(text, @"marginDays: \{ value: 7 days", "marginDays: { value: 14 days");
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
        try
        {
            var result = CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json", "--protocol", path);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("2027-02-05", result.Json.GetProperty("refillByDate").GetString()); // worst case 2027-02-19 − 14 days
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_protocol_on_any_command_exits_2_with_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"itb-malformed-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "schema: itb-protocol/1\nname: [unclosed\n");
        try
        {
            var result = CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--protocol", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Single(result.ErrorLines);
            Assert.Contains(path + ":", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Show_json_lists_every_setting_with_source_and_verification()
    {
        var result = CliHarness.Run("protocol", "show", "--json");

        Assert.Equal(0, result.ExitCode);
        var settings = result.Json.GetProperty("settings");
        var stability = settings.GetProperty("refill.stabilityLimitDays");
        Assert.True(stability.GetProperty("verify").GetBoolean());
        Assert.StartsWith("protocols/default.yaml:", stability.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Equal("40 mL", settings.GetProperty("pumps.synchromed-ii-40.capacity").GetProperty("value").GetString());
    }

    [Fact]
    public void Show_prints_a_table_marking_settings_to_verify_on_site()
    {
        var result = CliHarness.Run("protocol", "show");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("VERIFY ON SITE", result.Out, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9: <c>itb protocol validate --json</c>, and the new settings in <c>itb protocol show</c>.</summary>
public class ProtocolValidateJsonTests
{
    [Fact]
    public void Validate_json_prints_the_result_as_json_instead_of_reading_json_as_the_file_name()
    {
        var result = CliHarness.Run("protocol", "validate", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = result.Json;
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("file").GetString()));
    }

    [Fact]
    public void Validate_json_lists_each_error_with_file_line_and_message_and_exits_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"itb-broken-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(RepositoryPaths.Combine("protocols", "default.yaml"))
            .Replace("capacity: { value: 20 mL", "capacity: { value: -20 mL", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        try
        {
            var result = CliHarness.Run("protocol", "validate", path, "--json");

            Assert.Equal(2, result.ExitCode);
            var json = result.Json;
            Assert.False(json.GetProperty("valid").GetBoolean());
            Assert.Equal(path, json.GetProperty("file").GetString());
            var errors = json.GetProperty("errors").EnumerateArray().ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e =>
            {
                Assert.Equal(path, e.GetProperty("file").GetString());
                Assert.True(e.GetProperty("line").GetInt32() > 0);
                Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString()));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Protocol_show_lists_the_cerebral_usual_range_the_small_child_start_and_the_high_dose_step()
    {
        var settings = JsonDocument.Parse(CliHarness.Run("protocol", "show", "--json").Out).RootElement.GetProperty("settings");

        Assert.Equal("90 mcg/day", settings.GetProperty("doseLimits.adult.cerebral.usualMinimum").GetProperty("value").GetString());
        Assert.Equal("703 mcg/day", settings.GetProperty("doseLimits.adult.cerebral.usualMaximum").GetProperty("value").GetString());
        Assert.Equal("25 mcg", settings.GetProperty("screening.smallChildStart").GetProperty("value").GetString());
        var step = settings.GetProperty("highDose.largeStep");
        Assert.Equal("20 %", step.GetProperty("value").GetString());
        Assert.StartsWith("SAULINO-CMSC", step.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.True(step.GetProperty("verify").GetBoolean());
    }
}

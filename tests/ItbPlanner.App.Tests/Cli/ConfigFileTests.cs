using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Issue 12 item 10: a malformed <c>$XDG_CONFIG_HOME/itb-planner/config.json</c> (invalid JSON, empty, <c>[]</c>, a key
/// twice, a number where a path belongs, an unknown key, a FIFO, a huge file) is exit 2 with one line naming the file
/// and the line, never exit 1 (an internal error).
/// </summary>
public sealed class ConfigFileTests : IDisposable
{
    private readonly DirectoryInfo home = Directory.CreateTempSubdirectory("itb-config-");

    public ConfigFileTests()
    {
        Directory.CreateDirectory(Path.Combine(home.FullName, "itb-planner"));
    }

    private string ConfigPath => Path.Combine(home.FullName, "itb-planner", "config.json");

    public void Dispose() => home.Delete(recursive: true);

    [Fact]
    public void Invalid_json_is_exit_2_naming_the_file_and_line()
    {
        var error = Refused("{\n  \"Protocol\": \"/tmp/clinic.yaml\"\n  \"Database\": \"/tmp/itb.db\"\n}\n");

        Assert.StartsWith($"error: {ConfigPath}:3: config.json is not valid JSON at column 3: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_object_is_exit_2_naming_the_file_and_line()
    {
        var error = Refused("{\n  \"Protocol\": \"/tmp/clinic.yaml\"\n");

        Assert.StartsWith($"error: {ConfigPath}:3: config.json is not valid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_exit_2_naming_the_file_and_line_1()
    {
        var error = Refused(string.Empty);

        Assert.StartsWith($"error: {ConfigPath}:1: config.json is empty or is not a regular file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_blank_lines_is_exit_2_as_empty()
    {
        var error = Refused("\n\n   \n");

        Assert.StartsWith($"error: {ConfigPath}:1: config.json is empty: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_instead_of_an_object_is_exit_2_naming_the_file_and_line()
    {
        var error = Refused("[]");

        Assert.Equal($"error: {ConfigPath}:1: config.json must hold one JSON object of settings, e.g. {{\"Protocol\": \"/path/to/clinic.yaml\"}}; got a list.", error);
    }

    [Fact]
    public void A_key_set_twice_is_exit_2_at_the_second()
    {
        var error = Refused("{\n  \"Protocol\": \"/tmp/a.yaml\",\n  \"Database\": \"/tmp/itb.db\",\n  \"protocol\": \"/tmp/b.yaml\"\n}\n");

        Assert.Equal($"error: {ConfigPath}:4: config.json sets \"Protocol\" twice (first on line 2): keep one.", error);
    }

    [Fact]
    public void A_number_where_a_path_belongs_is_exit_2_naming_the_file_and_line()
    {
        var error = Refused("{\n  \"Database\": 5\n}\n");

        Assert.Equal($"error: {ConfigPath}:2: config.json: \"Database\" must be text in double quotes, e.g. \"Database\": \"/path/to/itb.db\"; got a number.", error);
    }

    [Fact]
    public void An_object_where_a_path_belongs_is_exit_2()
    {
        var error = Refused("{\"Protocol\": {\"Path\": \"/tmp/clinic.yaml\"}}");

        Assert.Equal($"error: {ConfigPath}:1: config.json: \"Protocol\" must be text in double quotes, e.g. \"Protocol\": \"/path/to/clinic.yaml\"; got an object.", error);
    }

    [Fact]
    public void Null_where_a_path_belongs_is_exit_2()
    {
        var error = Refused("{\"TimeZone\": null}");

        Assert.StartsWith($"error: {ConfigPath}:1: config.json: \"TimeZone\" must be text in double quotes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_exit_2_listing_the_known_ones()
    {
        // A misspelt "Protocol" would otherwise silently plan with the bundled protocol instead of the clinic's.
        var error = Refused("{\n  \"Protocl\": \"/tmp/clinic.yaml\"\n}\n");

        Assert.Equal($"error: {ConfigPath}:2: config.json: unknown setting \"Protocl\"; the settings are Protocol, Database, TimeZone, CheckpointKey, CheckpointPublicKey, CheckpointFile.", error);
    }

    [Fact]
    public void Text_after_the_object_is_exit_2_naming_the_file_and_line()
    {
        var error = Refused("{\"Protocol\": \"/tmp/a.yaml\"}\n{\"Protocol\": \"/tmp/b.yaml\"}\n");

        Assert.StartsWith($"error: {ConfigPath}:2: config.json is not valid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_as_config_json_is_exit_2_without_waiting_for_a_writer()
    {
        SpecialFiles.MakeFifo(ConfigPath);

        var result = SpecialFiles.ReadWithoutHanging(ConfigPath, () => Run("protocol", "validate"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {ConfigPath}:1: config.json is empty or is not a regular file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_json_over_1_MB_is_exit_2()
    {
        var error = Refused("{\"Protocol\": \"" + new string('a', 2 * 1024 * 1024) + "\"}");

        Assert.StartsWith($"error: {ConfigPath}: config.json is larger than 1 MB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_config_json_is_exit_2()
    {
        Directory.CreateDirectory(ConfigPath);

        var result = Run("protocol", "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {ConfigPath}: config.json is a folder", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_config_json_sets_the_protocol_the_log_and_the_time_zone()
    {
        var protocol = Path.Combine(home.FullName, "clinic.yaml");
        File.WriteAllText(protocol, File.ReadAllText(RepositoryPaths.Combine("protocols", "default.yaml")).Replace("name: ItbPlanner default protocol", "name: Clinic protocol", StringComparison.Ordinal));
        File.WriteAllText(ConfigPath, $"{{\n  // the clinic's own protocol\n  \"Protocol\": \"{protocol}\",\n  \"database\": \"{Path.Combine(home.FullName, "itb.db")}\",\n  \"TimeZone\": \"Europe/Berlin\",\n}}\n");

        var result = Run("protocol", "show", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Clinic protocol", result.Json.GetProperty("name").GetString());
    }

    [Fact]
    public void No_config_json_is_no_settings()
    {
        var result = Run("protocol", "validate");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void An_environment_variable_does_not_hide_a_broken_config_json()
    {
        File.WriteAllText(ConfigPath, "{\"Protocol\": 5}");

        var result = CliHarness.RunWith(new CliHarness.Options { Variables = { ["XDG_CONFIG_HOME"] = home.FullName, ["ITB_PROTOCOL"] = RepositoryPaths.Combine("protocols", "default.yaml") } }, "protocol", "validate");

        Assert.Equal(2, result.ExitCode);
    }

    private string Refused(string content)
    {
        File.WriteAllText(ConfigPath, content);
        var result = Run("protocol", "validate");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        return Assert.Single(result.ErrorLines);
    }

    private CliHarness.Result Run(params string[] args) =>
        CliHarness.RunWith(new CliHarness.Options { Variables = { ["XDG_CONFIG_HOME"] = home.FullName } }, args);
}

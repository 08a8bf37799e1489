using System.Runtime.Versioning;

namespace ItbPlanner.App.Tests.Cli;

public sealed class PatientCommandTests : IDisposable
{
    private readonly LogCli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_registered_patient_is_listed_and_shown_with_their_details()
    {
        var add = cli.Run("patient", "add", "--id", "P1", "--population", "adult", "--origin", "sps", "--label", "J.D.", "--pump", "synchromed-ii-40",
            "--risk", "sci-t6-or-above", "--risk", "communication-difficulty", "--catheter", "8709sc", "--catheter-length", "62cm", "--json");

        Assert.Equal(0, add.ExitCode);
        Assert.Equal(1, add.Json.GetProperty("event").GetProperty("seq").GetInt64());
        Assert.Equal("patient-registered", add.Json.GetProperty("event").GetProperty("kind").GetString());
        var listed = cli.Ok("patient", "list", "--json").Json.EnumerateArray().Single();
        Assert.Equal("sps", listed.GetProperty("patient").GetProperty("origin").GetString());
        Assert.Equal(["sci-t6-or-above", "communication-difficulty"], listed.GetProperty("patient").GetProperty("withdrawalRiskFactors").EnumerateArray().Select(r => r.GetString()));
        var shown = cli.Ok("patient", "show", "--id", "P1", "--json").Json;
        Assert.Equal(62m, shown.GetProperty("patient").GetProperty("catheter").GetProperty("implantedLengthCm").GetDecimal());
        Assert.Equal("synchromed-ii-40", shown.GetProperty("patient").GetProperty("pumpModelId").GetString());
        Assert.Contains("J.D.", cli.Ok("patient", "list").Out, StringComparison.Ordinal);
        Assert.Contains("sci-t6-or-above", cli.Ok("patient", "show", "--id", "P1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_id_is_registered_once()
    {
        cli.RegisterP1();

        var again = cli.Run("patient", "add", "--id", "P1", "--population", "child", "--origin", "cerebral");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already registered", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--origin", "spine", "'spine' is not one of spinal, cerebral, sps, other")]
    [InlineData("--pump", "synchro", "unknown pump 'synchro'")]
    [InlineData("--risk", "falls", "'falls' is not one of sci-t6-or-above")]
    [InlineData("--id", "has space", "is not a patient id")]
    public void Bad_details_exit_2_with_one_line_naming_the_option(string option, string value, string message)
    {
        var args = new List<string> { "patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal" };
        var index = args.IndexOf(option);
        if (index >= 0)
        {
            args[index + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var result = cli.Run([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_is_a_global_option_before_or_after_the_command_or_ITB_DB()
    {
        cli.RegisterP1();

        var before = cli.RunRaw(["--db", cli.Database, "patient", "list", "--json"]);
        var variable = cli.RunRaw(["patient", "list", "--json"], new() { ["ITB_DB"] = cli.Database });

        Assert.Single(before.Json.EnumerateArray());
        Assert.Single(variable.Json.EnumerateArray());
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void Without_any_path_the_log_goes_to_the_XDG_data_directory_created_owner_only()
    {
        var data = cli.PathOf("xdg");

        var result = cli.RunRaw(["patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal"], new() { ["XDG_DATA_HOME"] = data, ["HOME"] = cli.PathOf("home"), ["USER"] = "nurse" });

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(data, "itb-planner", "itb.db")));
        Assert.Contains("P1", cli.RunRaw(["patient", "list"], new() { ["XDG_DATA_HOME"] = data, ["HOME"] = cli.PathOf("home") }).Out, StringComparison.Ordinal);
        AssertOwnerOnly(Path.Combine(data, "itb-planner"));
    }

    [Fact]
    public void A_database_path_in_a_missing_directory_exits_2_in_one_line()
    {
        var result = cli.RunRaw(["patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--db", cli.PathOf("missing/itb.db")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.PathOf("missing")));
    }

    [Fact]
    public void A_file_that_is_not_a_log_exits_2_and_is_left_alone()
    {
        File.WriteAllText(cli.Database, "not a database, just text that happens to be long enough to have a header".PadRight(2048, '.'));

        var result = cli.Run("patient", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("is not an ItbPlanner log", result.Error, StringComparison.Ordinal);
    }

    [SupportedOSPlatform("linux")]
    private static void AssertOwnerOnly(string directory) =>
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
}

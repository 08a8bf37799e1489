using System.Runtime.Versioning;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Exports, reports, charts and calendars leave the log as files: always owner-only, written whole or not at all, and
/// never through a symbolic link (it would overwrite whatever the link points at).
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class OutputFileTests : IDisposable
{
    private readonly LogCli cli = new();

    public OutputFileTests()
    {
        cli.RegisterP1();
        cli.ImplantP1();
    }

    public void Dispose()
    {
        ReadOnlyDirectory.Restore(cli.PathOf("locked"));
        cli.Dispose();
    }

    public static TheoryData<string[]> Writers => new()
    {
        { ["log", "export", "--patient", "P1", "--format", "csv", "--out"] },
        { ["log", "export", "--patient", "P1", "--format", "fhir", "--out"] },
        { ["report", "--patient", "P1", "--out"] },
        { ["log", "chart", "--patient", "P1", "--out"] },
        { ["timeline", "--patient", "P1", "--svg"] },
        { ["schedule", "--ical"] },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void An_output_behind_a_symbolic_link_is_refused_and_what_it_points_at_is_untouched(string[] command)
    {
        var target = cli.PathOf("notes.txt");
        File.WriteAllText(target, "keep me");
        var link = cli.PathOf("out.file");
        File.CreateSymbolicLink(link, target);

        var result = cli.Run([.. command, link]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("symbolic link", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(target));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_world_readable_file_is_replaced_by_an_owner_only_one(string[] command)
    {
        var path = cli.PathOf("out.file");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        cli.Ok([.. command, path]);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.NotEqual("old", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(cli.PathOf("."), "*.tmp"));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_file_untouched()
    {
        var folder = Directory.CreateDirectory(cli.PathOf("locked")).FullName;
        var path = Path.Combine(folder, "P1-log.csv");
        File.WriteAllText(path, "the previous export");
        ReadOnlyDirectory.Make(folder);

        var result = cli.Run("log", "export", "--patient", "P1", "--format", "csv", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing was changed", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("the previous export", File.ReadAllText(path));
    }

    [Fact]
    public void The_system_device_folder_is_never_written_to()
    {
        // An export renamed over /dev/zero once replaced the device with a CSV file for the whole machine. The test uses a
        // name that is not a device, so that a regression creates a stray file instead of breaking the machine.
        var device = "/dev/itb-test-not-a-device";

        var result = cli.Run("log", "export", "--patient", "P1", "--format", "csv", "--out", device);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("system device", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(device));
    }

    [Fact]
    public void The_system_configuration_folder_is_never_written_to()
    {
        // Run as root, a report given --out ../../../etc/passwd (the malformed-input sweep's value) replaced the machine's
        // users. The test uses a name that is not a system file, so that a regression creates a stray file instead.
        var config = "/etc/itb-test-not-a-config-file";

        var result = cli.Run("report", "--patient", "P1", "--out", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(config));
    }

    [Fact]
    public void A_dash_is_not_taken_as_a_file_name()
    {
        var result = cli.Run("log", "export", "--patient", "P1", "--format", "csv", "--out", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.False(File.Exists("-"));
    }
}

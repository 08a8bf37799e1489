using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Issue 12 item 8 at the command line: a protocol nested 40,000 levels deep, <c>/dev/zero</c>, a FIFO or a 2 MB file
/// is one line on stderr and exit 2, never a stack trace, an out-of-memory crash or a hang.
/// </summary>
public sealed class BoundedProtocolInputTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("itb-bounded-cli-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void A_protocol_nested_40000_levels_deep_is_exit_2_with_its_file_and_line()
    {
        var path = Path.Combine(folder.FullName, "deep.yaml");
        File.WriteAllText(path, "schema: itb-protocol/1\npumps: " + new string('{', 40_000) + new string('}', 40_000) + "\n");

        var result = CliHarness.Run("protocol", "validate", path);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{path}:2: the file nests collections more than 16 levels deep", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_zero_as_the_protocol_is_exit_2_in_one_line()
    {
        var result = CliHarness.Run("titrate", "--protocol", "/dev/zero", "--from", "100mcg/day", "--to", "120mcg/day", "--origin", "spinal");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("error: /dev/zero: the file is empty or is not a regular file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_as_the_protocol_is_exit_2_in_one_line_without_waiting()
    {
        var fifo = Path.Combine(folder.FullName, "clinic.yaml");
        SpecialFiles.MakeFifo(fifo);

        var result = SpecialFiles.ReadWithoutHanging(fifo, () => CliHarness.Run("protocol", "validate", fifo));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{fifo}: the file is empty or is not a regular file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_2_MB_protocol_is_exit_2_in_one_line()
    {
        var path = Path.Combine(folder.FullName, "huge.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.Combine("protocols", "default.yaml")) + new string('#', 2 * 1024 * 1024) + "\n");

        var result = CliHarness.Run("protocol", "show", "--protocol", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {path}: the file is larger than 1 MB", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}

using System.Text;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Testing;

namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>
/// Issue 12 item 8: a protocol is read only from a regular file of at most 1 MB, and nested at most
/// <see cref="ProtocolLoader.MaximumNesting"/> levels deep; anything else is one located error, never a crash or a hang.
/// </summary>
public sealed class BoundedInputTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("itb-bounded-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void A_protocol_nested_40000_levels_deep_is_refused_at_the_first_line_too_deep_not_a_stack_overflow()
    {
        // Flow collections on one line: YamlDotNet builds nodes recursively, one stack frame per level.
        const int levels = 40_000;
        var yaml = "schema: itb-protocol/1\nname: deep\npumps: " + new string('[', levels) + new string(']', levels) + "\n";

        var error = LoadErrors.Single(yaml);

        Assert.Equal($"{DefaultProtocolFile.Label}:3", error.Location);
        Assert.StartsWith($"the file nests collections more than {ProtocolLoader.MaximumNesting} levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_written_by_indentation_is_refused_at_the_line_of_the_first_level_too_deep()
    {
        var yaml = new StringBuilder("schema: itb-protocol/1\n");
        for (var level = 0; level < 100; level++)
        {
            yaml.Append(' ', level).Append("k:\n");
        }

        yaml.Append(' ', 100).Append("k: 1\n");

        var error = LoadErrors.Single(yaml.ToString());

        // The root mapping is level 1 (line 1); the mapping under the "k:" of line n starts on line n + 1 and is level n.
        Assert.Equal($"{DefaultProtocolFile.Label}:{ProtocolLoader.MaximumNesting + 2}", error.Location);
    }

    [Fact]
    public void The_bundled_protocol_is_well_within_the_nesting_limit()
    {
        var protocol = ProtocolLoader.Load(DefaultProtocolFile.Text, DefaultProtocolFile.Label);

        Assert.Equal("ItbPlanner default protocol", protocol.Name);
    }

    [Fact]
    public void A_protocol_file_over_1_MB_is_refused_before_it_is_parsed()
    {
        var path = Path.Combine(folder.FullName, "huge.yaml");
        File.WriteAllText(path, DefaultProtocolFile.Text + new string('#', 2 * 1024 * 1024) + "\n");

        var error = Assert.Single(LoadErrors.OfFile(path));

        Assert.Equal(path, error.Location);
        Assert.StartsWith("the file is larger than 1 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Protocol_text_over_1_MB_is_refused_before_it_is_parsed()
    {
        var error = LoadErrors.Single(DefaultProtocolFile.Text + new string('#', 2 * 1024 * 1024) + "\n");

        Assert.Equal(DefaultProtocolFile.Label, error.Location);
        Assert.StartsWith("the file is larger than 1 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_of_exactly_1_MB_is_read()
    {
        var path = Path.Combine(folder.FullName, "padded.yaml");
        var padding = ProtocolLoader.MaximumBytes - Encoding.UTF8.GetByteCount(DefaultProtocolFile.Text) - 1;
        File.WriteAllText(path, DefaultProtocolFile.Text + new string('#', padding) + "\n");
        Assert.Equal(ProtocolLoader.MaximumBytes, new FileInfo(path).Length);

        Assert.Equal("ItbPlanner default protocol", ProtocolLoader.LoadFile(path).Name);
    }

    [Fact]
    public void Dev_zero_is_refused_as_not_a_regular_file_without_reading_it()
    {
        var error = Assert.Single(LoadErrors.OfFile("/dev/zero"));

        Assert.Equal("/dev/zero", error.Location);
        Assert.StartsWith("the file is empty or is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_urandom_is_refused_as_not_a_regular_file_without_reading_it()
    {
        var error = Assert.Single(LoadErrors.OfFile("/dev/urandom"));

        Assert.StartsWith("the file is empty or is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_is_refused_without_waiting_for_a_writer()
    {
        var fifo = Path.Combine(folder.FullName, "protocol.yaml");
        SpecialFiles.MakeFifo(fifo);

        var thrown = SpecialFiles.ReadWithoutHanging(fifo, () => Record.Exception(() => ProtocolLoader.LoadFile(fifo)));

        var error = Assert.Single(Assert.IsType<InvalidProtocolException>(thrown).Errors);
        Assert.Equal(fifo, error.Location);
        Assert.StartsWith("the file is empty or is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_to_a_fifo_is_refused_too()
    {
        var fifo = Path.Combine(folder.FullName, "pipe");
        SpecialFiles.MakeFifo(fifo);
        var link = Path.Combine(folder.FullName, "protocol.yaml");
        File.CreateSymbolicLink(link, fifo);

        var thrown = SpecialFiles.ReadWithoutHanging(fifo, () => Record.Exception(() => ProtocolLoader.LoadFile(link)));

        var error = Assert.Single(Assert.IsType<InvalidProtocolException>(thrown).Errors);
        Assert.Equal(link, error.Location);
        Assert.StartsWith("the file is empty or is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_to_a_protocol_file_is_read()
    {
        var target = Path.Combine(folder.FullName, "clinic.yaml");
        File.WriteAllText(target, DefaultProtocolFile.Text);
        var link = Path.Combine(folder.FullName, "current.yaml");
        File.CreateSymbolicLink(link, target);

        Assert.Equal("ItbPlanner default protocol", ProtocolLoader.LoadFile(link).Name);
    }

    [Fact]
    public void An_empty_protocol_file_is_refused_at_its_path()
    {
        var path = Path.Combine(folder.FullName, "empty.yaml");
        File.WriteAllText(path, string.Empty);

        var error = Assert.Single(LoadErrors.OfFile(path));

        Assert.Equal(path, error.Location);
        Assert.StartsWith("the file is empty or is not a regular file", error.Message, StringComparison.Ordinal);
    }
}

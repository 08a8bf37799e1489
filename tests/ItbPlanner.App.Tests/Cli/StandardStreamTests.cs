using System.Text;
using ItbPlanner.App.Cli;
using ItbPlanner.App.Hosting;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// A standard output the system refuses (a full disk behind a redirect, a closed descriptor) stops a command with one
/// line and exit code 2, never an internal error; standard error drops what it cannot write. The shipped binary's own
/// answers, the native version included, are in <c>ShippedBinaryTests</c>.
/// </summary>
public sealed class StandardStreamTests
{
    private const string FullDisk = "error: cannot write the output: No space left on device.\n";

    public static TheoryData<string[]> Commands =>
    [
        ["convert", "0.186mg/day", "--to", "mcg/h"],
        ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json"],
        ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21"],
        ["--version"],
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_full_disk_behind_standard_output_is_one_line_and_exit_code_2(string[] args)
    {
        var error = new StringWriter();

        var code = Run(args, StandardStream.OutputOver(new RefusingWriter()), error);

        Assert.Equal((ExitCodes.InvalidInput, FullDisk), (code, error.ToString()));
    }

    [Fact]
    public void Standard_error_that_cannot_be_written_drops_the_line_and_keeps_the_exit_code()
    {
        var code = Run(["refill", "--pump", "no-such-pump", "--concentration", "500mcg/mL", "--dose", "186mcg/day"], new StringWriter(), StandardStream.ErrorOver(new RefusingWriter()));

        Assert.Equal(ExitCodes.InvalidInput, code);
    }

    [Fact]
    public void What_standard_output_accepts_arrives_unchanged_by_every_kind_of_write()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var output = StandardStream.OutputOver(inner);

        output.Write('µ');
        output.Write("g/mL".AsSpan());
        output.Write(['÷', ' ', '2'], 0, 2);
        output.Write(" {0}", 186);
        output.WriteLine(" mcg/day");
        output.WriteLine();
        output.Flush();

        Assert.Equal("µg/mL÷  186 mcg/day\n\n", inner.ToString());
    }

    [Fact]
    public void The_commands_answer_through_the_stream_exactly_as_without_it()
    {
        string[] args = ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json"];
        var plain = new StringWriter();
        var through = new StringWriter();

        Assert.Equal(Run(args, plain, new StringWriter()), Run(args, StandardStream.OutputOver(through), new StringWriter()));
        Assert.Equal(plain.ToString(), through.ToString());
    }

    private static int Run(string[] args, TextWriter output, TextWriter error) =>
        AppEntry.RunAsync(args, new CliEnvironment { Out = output, Error = error, Time = FakeTimeProvider.At(2026, 11, 21) }).GetAwaiter().GetResult();

    /// <summary>A stream behind which the disk is full: every write fails as the runtime reports ENOSPC.</summary>
    private sealed class RefusingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}

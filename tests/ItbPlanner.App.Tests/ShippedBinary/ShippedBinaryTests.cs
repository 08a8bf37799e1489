using System.Reflection;
using ItbPlanner.App.Cli;
using ItbPlanner.App.Tests.Readme;

namespace ItbPlanner.App.Tests.ShippedBinary;

/// <summary>
/// The command line as a clinic's script meets it: <c>itb</c> run as a process of its own, exit codes, one-line errors
/// and JSON read back. In the test run this is the JIT build; CI runs the same tests again against the Native AOT binary
/// (<c>ITB_EXECUTABLE</c>, .ci/run), so what ships answers as the code under test does. Trait <c>ShippedBinary</c>.
/// </summary>
[Trait("Category", "ShippedBinary")]
public sealed class ShippedBinaryTests
{
    /// <summary>Commands whose answer depends on nothing but their arguments (dates given), compared with the in-process answer.</summary>
    public static TheoryData<string[]> DeterministicCommands =>
    [
        ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json"],
        ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--booked", "2027-03-30"],
        ["concentration-change", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL", "--json"],
        ["titrate", "--from", "100mcg/day", "--to", "300mcg/day", "--origin", "spinal", "--step", "20%", "--start", "2026-12-07", "--json"],
        ["oral-wean", "--from", "80mg/day", "--step", "25%", "--every", "24h", "--start", "2026-12-07", "--tablet", "10mg", "5mg", "--json"],
        ["screening", "plan", "--population", "child", "--start", "2026-12-07", "--json"],
        ["start-dose", "--screening-dose", "50mcg", "--effect-hours", "6", "--json"],
        ["flex", "--concentration", "500mcg/mL", "--step", "00:00 10mcg/h", "--step", "06:00 6mcg/h", "--pump", "synchromed-ii-40", "--origin", "spinal", "--json"],
        ["convert", "0.186mg/day", "--to", "mcg/h"],
        ["protocol", "validate"],
        ["workflow", "graph", "--format", "dot"],
        ["refill", "--pump", "no-such-pump", "--concentration", "500mcg/mL", "--dose", "186mcg/day"],
        ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "NaN mcg/day"],
        ["oral-wean", "--from", "120mg/day", "--start", "2026-12-07"],
    ];

    [Theory]
    [MemberData(nameof(DeterministicCommands))]
    public void The_shipped_binary_answers_as_the_code_under_test(string[] args)
    {
        using var itb = new ItbProcess();
        var shipped = itb.Run(args);
        var inProcess = CliHarness.Run(args);

        Assert.Equal(inProcess.ExitCode, shipped.ExitCode);
        Assert.Equal(inProcess.Out, shipped.Out);
        Assert.Equal(inProcess.Error, shipped.Error);
    }

    [Fact]
    public void The_shipped_binary_names_the_version_it_was_built_from_and_nothing_else()
    {
        using var itb = new ItbProcess();
        var version = typeof(ItbCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = itb.Ok("--version");

        Assert.Equal((version + "\n", ""), (result.Out, result.Error));
    }

    /// <summary>
    /// A standard output closed (<c>&gt;&amp;-</c>) or full (<c>/dev/full</c>): the version, a table, a JSON document. The
    /// Native AOT binary answers the version before its runtime starts (Native/itb-main.c), and must fail as the command
    /// line does.
    /// </summary>
    public static TheoryData<string[], string, string> UnwritableOutputs => new()
    {
        { ["--version"], ">&-", "error: cannot write the output: standard output is closed.\n" },
        { ["--version"], ">/dev/full", "error: cannot write the output: No space left on device.\n" },
        { ["convert", "0.186mg/day", "--to", "mcg/h"], ">&-", "error: cannot write the output: standard output is closed.\n" },
        { ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json"], ">/dev/full", "error: cannot write the output: No space left on device.\n" },
    };

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public void An_output_that_cannot_be_written_is_one_line_and_exit_code_2(string[] args, string redirection, string error)
    {
        using var itb = new ItbProcess();
        var result = itb.Run(args, shell: $"exec \"$0\" \"$@\" {redirection}");

        Assert.Equal((ExitCodes.InvalidInput, error), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_closed_standard_error_never_sends_an_error_into_the_answer()
    {
        using var itb = new ItbProcess();
        string[] refused = ["refill", "--pump", "no-such-pump", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--json"];
        string[] planned = ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json"];
        const string StderrClosed = "exec \"$0\" \"$@\" 2>&-";

        var refusal = itb.Run(refused, shell: StderrClosed);
        var plan = itb.Run(planned, shell: StderrClosed);

        Assert.Equal((ExitCodes.InvalidInput, ""), (refusal.ExitCode, refusal.Out));
        Assert.Equal((0, CliHarness.Run(planned).Out), (plan.ExitCode, plan.Out));
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("convert", "0.186mg/day", "--to", "mcg/h")]
    public void A_reader_that_stopped_reading_is_not_an_error(params string[] args)
    {
        using var itb = new ItbProcess();

        // The reader (true) has exited before itb writes; the shell keeps itb's exit code (141 if SIGPIPE killed it).
        var result = itb.Run(args, shell: "{ sleep 0.3; \"$0\" \"$@\"; echo $? >exit-code; } | true");

        Assert.Equal((0, "", "0"), (result.ExitCode, result.Error, File.ReadAllText(Path.Combine(itb.Folder, "exit-code")).Trim()));
    }

    [Fact]
    public void Every_readme_command_line_runs_as_written_in_a_process_of_its_own()
    {
        using var itb = new ItbProcess(ownLog: false);
        var ran = 0;
        foreach (var line in ReadmeCommandLines.Read().Where(l => l.Kind == ReadmeCommandLines.LineKind.Itb))
        {
            var result = itb.Run(line.ItbArguments, line.Assignments.ToDictionary(a => a.Name, a => a.Value));
            Assert.True(result.ExitCode == line.ExpectedExit, $"README.md:{line.Number}: '{line.Text}' exited {result.ExitCode}, expected {line.ExpectedExit}: {result.Error}");
            ran++;
        }

        Assert.True(ran >= 30, $"only {ran} README command lines ran");
    }

    [Fact]
    public void Malformed_input_to_every_command_is_one_line_and_an_exit_code_from_the_shipped_binary()
    {
        using var itb = new ItbProcess();
        itb.Ok("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--label", "J.D.", "--at", "2026-11-01T09:00");
        itb.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        itb.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        itb.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");
        itb.Ok("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00");
        var failures = new List<string>();
        var sample = 0;
        foreach (var example in MalformedInputSweepTests.Examples)
        {
            // One malformed value per command, rotating through values and options, and one unknown option: the
            // in-process sweep covers every option with many values; this checks the shipped binary reports alike.
            var options = example.Where(w => w.StartsWith("--", StringComparison.Ordinal)).ToArray();
            var value = MalformedInputSweepTests.Malformed[(sample * 5) % MalformedInputSweepTests.Malformed.Length];
            string[][] invocations = options.Length == 0
                ? [[.. example, "--no-such-option", "x"]]
                : [MalformedInputSweepTests.With(example, options[sample % options.Length], value), [.. example, "--no-such-option", "x"]];
            sample++;
            foreach (var args in invocations)
            {
                if (MalformedInputSweepTests.Problem(itb.Run(args)) is { } problem)
                {
                    failures.Add($"{problem}: itb {string.Join(' ', args)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void With_no_terminal_the_app_says_so_in_one_line_and_exits_non_zero()
    {
        using var itb = new ItbProcess();
        var result = itb.Run([]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("needs an interactive terminal", result.Error, StringComparison.Ordinal);
        Assert.Single(result.ErrorLines);
    }
}

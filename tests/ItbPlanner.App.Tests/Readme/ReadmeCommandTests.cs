using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Readme;

/// <summary>Runs alone: it changes the process's working directory, as a user's shell would be in a folder.</summary>
[CollectionDefinition(nameof(WorkingDirectoryTests), DisableParallelization = true)]
public sealed class WorkingDirectoryTests;

/// <summary>
/// Every command line in the README runs as written, on a fresh machine (no log, no configuration), on any day from now
/// on: each bash block line is run in order in an empty folder, with today set to several days.
/// </summary>
[Collection(nameof(WorkingDirectoryTests))]
public sealed class ReadmeCommandTests
{
    public static TheoryData<string> Days => ["2026-12-06", "2027-12-06", "2031-06-01"];

    [Fact]
    public void The_readme_has_command_lines_to_check()
    {
        var lines = ReadmeCommandLines.Read();

        Assert.True(lines.Count >= 30, $"only {lines.Count} command lines found");
        Assert.All(lines, line => Assert.True(line.Kind != ReadmeCommandLines.LineKind.Unknown, $"README.md:{line.Number}: '{line.Text}' is neither an itb command nor one this test knows"));
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Every_readme_command_line_runs_as_written_on_a_fresh_machine(string day)
    {
        var folder = Directory.CreateTempSubdirectory("itb-readme-");
        var before = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(folder.FullName);
            var today = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            var variables = new Dictionary<string, string>
            {
                ["HOME"] = folder.FullName,
                ["XDG_DATA_HOME"] = Path.Combine(folder.FullName, "data"),
                ["XDG_CONFIG_HOME"] = Path.Combine(folder.FullName, "config"),
                ["USER"] = "nurse",
            };
            foreach (var line in ReadmeCommandLines.Read())
            {
                if (line.Kind != ReadmeCommandLines.LineKind.Itb)
                {
                    continue;
                }

                var lineVariables = new Dictionary<string, string>(variables);
                foreach (var (name, value) in line.Assignments)
                {
                    lineVariables[name] = value;
                }

                var result = CliHarness.RunWith(new CliHarness.Options { Time = clock, Variables = lineVariables }, [.. line.ItbArguments]);
                Assert.True(
                    result.ExitCode == line.ExpectedExit,
                    $"README.md:{line.Number} on {day}: '{line.Text}' exited {result.ExitCode}, expected {line.ExpectedExit}: {result.Error}");
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
            folder.Delete(recursive: true);
        }
    }
}

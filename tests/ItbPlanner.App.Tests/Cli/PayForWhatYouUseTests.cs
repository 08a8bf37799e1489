namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Commands that need neither the log nor the protocol (version, help, parse errors, convert) never build the host, so
/// they never read the protocol or the configuration nor open the log (issue 13): here the host cannot be built at all,
/// and the protocol, log and configuration paths all point at files that cannot be read.
/// </summary>
public class PayForWhatYouUseTests
{
    private const string HostBuilt = "the host was built";

    public static TheoryData<string[], int, string> HostFreeCommands => new()
    {
        { ["--version"], 0, "." }, // the entry assembly's version: the test host's, here
        { ["--help"], 0, "Usage:" },
        { ["refill", "--help"], 0, "--concentration" },
        { ["convert", "0.186mg/day", "--to", "mcg/h"], 0, "7.75 mcg/h" },
        { ["convert", "0.186mg/day", "--to", "mcg/h", "--json"], 0, "7.75" },
        { ["convert", "186", "--to", "mcg/h"], 2, string.Empty },
        { ["refill", "--pump"], 2, string.Empty },
        { ["no-such-command"], 2, string.Empty },
    };

    [Theory]
    [MemberData(nameof(HostFreeCommands))]
    public void Runs_without_building_the_host_reading_the_protocol_or_opening_the_log(string[] args, int exit, string output)
    {
        var result = CliHarness.RunWith(Unbuildable(), args);

        Assert.True(exit == result.ExitCode, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains(output, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(HostBuilt, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_that_needs_the_protocol_does_build_the_host()
    {
        var result = CliHarness.RunWith(Unbuildable(), "refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(HostBuilt, result.Error, StringComparison.Ordinal);
    }

    private static CliHarness.Options Unbuildable()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "itb-no-such-dir-" + Guid.NewGuid().ToString("N"));
        return new CliHarness.Options
        {
            Variables = new Dictionary<string, string>
            {
                ["ITB_PROTOCOL"] = Path.Combine(nowhere, "protocol.yaml"),
                ["ITB_DB"] = Path.Combine(nowhere, "itb.db"),
                ["XDG_CONFIG_HOME"] = nowhere,
                ["XDG_DATA_HOME"] = nowhere,
            },
            ConfigureServices = _ => throw new InvalidOperationException(HostBuilt),
        };
    }
}

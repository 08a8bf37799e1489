using System.CommandLine;

namespace ItbPlanner.App.Cli.Options;

/// <summary><c>--pump ID</c>, resolved against the protocol's pump models.</summary>
internal static class PumpOption
{
    /// <summary>Creates the option (required).</summary>
    public static Option<string> Create() => new("--pump")
    {
        Description = "Pump model id from the protocol, e.g. synchromed-ii-40 (see `itb protocol show`).",
        HelpName = "ID",
        Required = true,
    };
}

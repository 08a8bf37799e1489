using System.CommandLine;
using ItbPlanner.Domain.Protocols;

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

    /// <summary>The pump model with that id.</summary>
    /// <exception cref="UserInputException">Unknown id; the message lists the known ones.</exception>
    public static PumpModel Resolve(string id, Protocol protocol) =>
        protocol.FindPump(id) ?? throw new UserInputException(
            $"--pump: unknown pump '{id}'; known pumps: {string.Join(", ", protocol.Pumps.Select(p => p.Id))}.");
}

using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Ports;

/// <summary>Where the protocol in force comes from (the bundled file or the clinic's own; the host decides).</summary>
public interface IProtocolSource
{
    /// <summary>A label for the protocol's origin (a path, or the bundled default).</summary>
    string Describe();

    /// <summary>Loads and validates the protocol.</summary>
    /// <exception cref="InvalidProtocolException">The file is missing, unreadable or invalid.</exception>
    Protocol Load();
}

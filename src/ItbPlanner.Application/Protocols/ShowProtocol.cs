using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Protocols;

/// <summary>Shows the protocol in force: every setting with its source, and the settings still awaiting site verification.</summary>
/// <param name="protocol">The protocol in force.</param>
public sealed class ShowProtocol(Protocol protocol)
{
    /// <summary>The protocol, its settings in order and those awaiting verification.</summary>
    public ProtocolShown Show() => new(protocol, ProtocolSettings.All(protocol), ProtocolSettings.AwaitingVerification(protocol));
}

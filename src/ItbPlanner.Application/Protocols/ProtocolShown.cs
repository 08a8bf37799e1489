using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Protocols;

/// <summary>The protocol in force as shown: the model, every setting with its source, and those awaiting site verification.</summary>
/// <param name="Protocol">The protocol.</param>
/// <param name="Settings">Every setting, in protocol order.</param>
/// <param name="AwaitingVerification">Settings marked for site verification that nobody has verified.</param>
public sealed record ProtocolShown(Protocol Protocol, IReadOnlyList<ProtocolSettings.Entry> Settings, IReadOnlyList<SettingSource> AwaitingVerification);

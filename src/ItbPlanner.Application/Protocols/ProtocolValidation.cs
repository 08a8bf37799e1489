using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Protocols;

/// <summary>What checking a protocol file found.</summary>
/// <param name="Name">The file checked (a path, or the bundled default's label).</param>
/// <param name="Protocol">The protocol, when valid.</param>
/// <param name="Errors">Every error, with its line where known; empty when valid.</param>
/// <param name="AwaitingVerification">Settings marked for site verification that nobody has verified (when valid).</param>
public sealed record ProtocolValidation(string Name, Protocol? Protocol, IReadOnlyList<ProtocolError> Errors, IReadOnlyList<SettingSource> AwaitingVerification)
{
    /// <summary>Whether the file is a valid protocol.</summary>
    public bool IsValid => Protocol is not null;
}

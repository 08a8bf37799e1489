using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Protocols;

/// <summary>Checks a protocol file (the one in force, or another before a clinic puts it in use): every error with its line.</summary>
/// <param name="source">The protocol in force.</param>
/// <param name="files">Other protocol files.</param>
public sealed class ValidateProtocol(IProtocolSource source, IProtocolFiles files)
{
    /// <summary>Validates the file at <paramref name="path"/>, or the protocol in force when null.</summary>
    public ProtocolValidation Validate(string? path)
    {
        var name = path ?? source.Describe();
        try
        {
            var protocol = path is null ? source.Load() : files.Load(path);
            return new ProtocolValidation(name, protocol, [], ProtocolSettings.AwaitingVerification(protocol));
        }
        catch (InvalidProtocolException e)
        {
            return new ProtocolValidation(name, null, e.Errors, []);
        }
    }
}

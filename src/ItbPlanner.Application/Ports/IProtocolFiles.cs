using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Ports;

/// <summary>Reads a protocol file other than the one in force, to check it before a clinic puts it in use.</summary>
public interface IProtocolFiles
{
    /// <summary>Loads and validates the protocol file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidProtocolException">The file is missing, unreadable or invalid.</exception>
    Protocol Load(string path);
}

using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml;

namespace ItbPlanner.App.Protocols;

/// <summary>Reads protocol YAML files other than the one in force (<c>itb protocol validate PATH</c>).</summary>
internal sealed class ProtocolFiles : IProtocolFiles
{
    /// <inheritdoc/>
    public Protocol Load(string path) => ProtocolLoader.LoadFile(path);
}

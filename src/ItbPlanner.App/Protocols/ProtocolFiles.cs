using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml;

namespace ItbPlanner.App.Protocols;

/// <summary>
/// Reads protocol YAML files other than the one in force (<c>itb protocol validate PATH</c>), as bounded files (a regular
/// file of at most 1 MB, nested at most 16 levels); a value verified after the clinic's today is refused.
/// </summary>
/// <param name="clock">The clinic's clock, for today.</param>
internal sealed class ProtocolFiles(TimeProvider clock) : IProtocolFiles
{
    /// <inheritdoc/>
    public Protocol Load(string path) => ProtocolLoader.LoadFile(path, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
}

using ItbPlanner.App.Hosting;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml;
using Microsoft.Extensions.Configuration;

namespace ItbPlanner.App.Protocols;

/// <summary>
/// The protocol named by configuration (<c>--protocol</c>, <c>ITB_PROTOCOL</c>), else the bundled default; a value
/// verified after the clinic's today is refused.
/// </summary>
internal sealed class ProtocolSource(IConfiguration configuration, TimeProvider clock) : IProtocolSource
{
    /// <inheritdoc/>
    public string Describe() => configuration[SettingKeys.Protocol] ?? BundledProtocol.Label;

    /// <inheritdoc/>
    public Protocol Load()
    {
        var path = configuration[SettingKeys.Protocol];
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return string.IsNullOrEmpty(path)
            ? ProtocolLoader.Load(BundledProtocol.ReadText(), BundledProtocol.Label, today)
            : ProtocolLoader.LoadFile(path, today);
    }
}

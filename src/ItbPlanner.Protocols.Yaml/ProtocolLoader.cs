using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Protocols.Yaml;

/// <summary>Placeholder until the YAML loader lands (feature/protocols).</summary>
public static class ProtocolLoader
{
    /// <summary>Loads a protocol file.</summary>
    public static Protocol LoadFile(string path) => throw new InvalidProtocolException([new ProtocolError(path, "the YAML loader is not built yet")]);

    /// <summary>Loads protocol text.</summary>
    public static Protocol Load(string yamlText, string location) => throw new InvalidProtocolException([new ProtocolError(location, "the YAML loader is not built yet")]);
}

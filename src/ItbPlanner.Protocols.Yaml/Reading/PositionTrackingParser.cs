using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// A YAML parser that remembers where the last event ended, so that an error the YAML library reports without a
/// position (it throws <see cref="InvalidOperationException"/> on some unclosed flow collections) still gets a line.
/// </summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last successfully read event ended.</summary>
    public Mark LastPosition { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastPosition = current.End;
        }

        return moved;
    }
}

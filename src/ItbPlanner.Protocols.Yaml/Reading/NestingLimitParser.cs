using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// A YAML parser that refuses collections nested more than a limit deep. The YAML library parses iteratively but builds
/// its node tree recursively, one stack frame per level, so 40,000 nested brackets overflow the stack and kill the
/// process; counting the events as they stream past stops the load at the first level too deep, before its node is built.
/// </summary>
internal sealed class NestingLimitParser(IParser inner, int maximumDepth) : IParser
{
    private int depth;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the first collection too deep starts, once one was met (the load then stops with a <see cref="YamlException"/>).</summary>
    public Mark? TooDeepAt { get; private set; }

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                depth++;
                if (depth > maximumDepth)
                {
                    TooDeepAt = inner.Current.Start;
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"collections nested more than {maximumDepth} levels deep.");
                }

                break;
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }

        return moved;
    }
}

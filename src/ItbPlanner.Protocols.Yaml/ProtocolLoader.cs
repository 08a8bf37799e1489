using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml.Mapping;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml;

/// <summary>
/// Reads a protocol file (schema <c>itb-protocol/1</c>, see protocols/README.md) into a validated <see cref="Protocol"/>.
/// Every problem, from a YAML syntax error to an alarm volume above capacity, is reported as a
/// <see cref="ProtocolError"/> at <c>file:line</c>; as many are collected as can be before giving up.
/// </summary>
public static class ProtocolLoader
{
    /// <summary>The schema this loader reads, written at the top of every protocol file.</summary>
    public const string SchemaVersion = "itb-protocol/1";

    /// <summary>The largest protocol read, file or text: 1 MB (the bundled file is about 20 kB).</summary>
    public const int MaximumBytes = BoundedTextFile.MaximumBytes;

    /// <summary>
    /// The deepest nesting of mappings and lists read, the top-level mapping counting as 1. A protocol needs 5
    /// (<c>doseLimits.adult.cerebral.usualMinimum</c>); anything deeper is a mistake, and far deeper would overflow the stack.
    /// </summary>
    public const int MaximumNesting = 16;

    /// <summary>
    /// Reads and validates a protocol file: a regular file (never a FIFO or a device) of at most <see cref="MaximumBytes"/>.
    /// </summary>
    /// <param name="path">The file; errors are located by this path as given.</param>
    /// <exception cref="InvalidProtocolException">
    /// The file is missing, unreadable, empty, not a regular file, too large, not valid YAML, nested too deep, or not a
    /// valid protocol.
    /// </exception>
    public static Protocol LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = ProtocolFile.ReadText(path, out var error);
        return text is null ? throw new InvalidProtocolException([error!]) : Load(text, path);
    }

    /// <summary>Reads and validates protocol text.</summary>
    /// <param name="yamlText">The YAML.</param>
    /// <param name="location">The label errors and <see cref="Protocol.Location"/> use, e.g. <c>protocols/default.yaml</c>.</param>
    /// <exception cref="InvalidProtocolException">The text is too large, not valid YAML, nested too deep, or not a valid protocol.</exception>
    public static Protocol Load(string yamlText, string location)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(location);
        var context = new ReadContext(location);
        if (yamlText.Length > MaximumBytes || System.Text.Encoding.UTF8.GetByteCount(yamlText) > MaximumBytes)
        {
            throw new InvalidProtocolException([new ProtocolError(location, ProtocolFile.TooLarge)]);
        }

        var root = YamlDocumentReader.ReadRoot(yamlText, context);
        var protocol = root is null ? null : ProtocolMapper.Map(root, context);
        if (protocol is null)
        {
            if (!context.HasErrors)
            {
                context.Error("the protocol could not be read.");
            }

            throw new InvalidProtocolException(context.Errors());
        }

        return ProtocolValidator.EnsureValid(protocol);
    }
}

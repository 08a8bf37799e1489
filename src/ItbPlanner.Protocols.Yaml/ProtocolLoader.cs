using ItbPlanner.Domain.Protocols;
using ItbPlanner.Files;
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
    /// Reads and validates a protocol file: a regular file (never a FIFO or a device) of at most <see cref="MaximumBytes"/>,
    /// every value within its plausible range (<see cref="PlausibleRanges"/>). Without the clinic's date, a
    /// <c>verifiedOn</c> is checked only against <see cref="PlausibleRanges.EarliestVerification"/>: the application
    /// passes today.
    /// </summary>
    /// <param name="path">The file; errors are located by this path as given.</param>
    /// <exception cref="InvalidProtocolException">
    /// The file is missing, unreadable, empty, not a regular file, too large, not valid YAML, nested too deep, or not a
    /// valid protocol.
    /// </exception>
    public static Protocol LoadFile(string path) => LoadFile(path, null);

    /// <summary>As <see cref="LoadFile(string)"/>, also refusing a <c>verifiedOn</c> after <paramref name="today"/>.</summary>
    /// <param name="path">The file; errors are located by this path as given.</param>
    /// <param name="today">The clinic's date.</param>
    /// <exception cref="InvalidProtocolException">As <see cref="LoadFile(string)"/>, or a value was verified on a later date.</exception>
    public static Protocol LoadFile(string path, DateOnly today) => LoadFile(path, (DateOnly?)today);

    /// <summary>Reads and validates protocol text, as <see cref="LoadFile(string)"/> reads a file's.</summary>
    /// <param name="yamlText">The YAML.</param>
    /// <param name="location">The label errors and <see cref="Protocol.Location"/> use, e.g. <c>protocols/default.yaml</c>.</param>
    /// <exception cref="InvalidProtocolException">The text is too large, not valid YAML, nested too deep, or not a valid protocol.</exception>
    public static Protocol Load(string yamlText, string location) => Load(yamlText, location, null);

    /// <summary>As <see cref="Load(string, string)"/>, also refusing a <c>verifiedOn</c> after <paramref name="today"/>.</summary>
    /// <param name="yamlText">The YAML.</param>
    /// <param name="location">The label errors and <see cref="Protocol.Location"/> use.</param>
    /// <param name="today">The clinic's date.</param>
    /// <exception cref="InvalidProtocolException">As <see cref="Load(string, string)"/>, or a value was verified on a later date.</exception>
    public static Protocol Load(string yamlText, string location, DateOnly today) => Load(yamlText, location, (DateOnly?)today);

    private static Protocol LoadFile(string path, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = ProtocolFile.ReadText(path, out var error);
        return text is null ? throw new InvalidProtocolException([error!]) : Load(text, path, today);
    }

    private static Protocol Load(string yamlText, string location, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(location);
        var context = new ReadContext(location, today);
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

        return ProtocolValidator.EnsureValid(protocol) with { Fingerprint = Fingerprint(yamlText) };
    }

    /// <summary>
    /// What identifies the protocol's text for the course snapshot cache: a 128-bit XXH3 hash, managed code, so reading a
    /// protocol loads no cryptographic library (docs/decisions.md, "Course snapshot"). It tells texts apart; it is not
    /// evidence against tampering, which the log's SHA-256 chain and signed checkpoints are.
    /// </summary>
    private static string Fingerprint(string yamlText) =>
        "xxh128:" + Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(System.Text.Encoding.UTF8.GetBytes(yamlText)));
}

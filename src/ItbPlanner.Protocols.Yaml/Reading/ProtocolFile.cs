using ItbPlanner.Domain.Protocols;
using ItbPlanner.Files;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// Reads a protocol file's text through <see cref="BoundedTextFile"/> (a regular file of at most 1 MB), turning a missing,
/// unreadable, special or oversized file into one error located at the path.
/// </summary>
internal static class ProtocolFile
{
    /// <summary>The message for protocol text larger than <see cref="BoundedTextFile.MaximumBytes"/>.</summary>
    public const string TooLarge = "the file is larger than 1 MB, the most a protocol file may be (the bundled one is about 20 kB): check that this is the protocol file.";

    public static string? ReadText(string path, out ProtocolError? error)
    {
        if (BoundedTextFile.TryRead(path, out var text, out var problem, out var message))
        {
            error = null;
            return text;
        }

        error = new ProtocolError(path, problem switch
        {
            BoundedTextFileProblem.Folder => "this is a folder, not a protocol file; give the path of a .yaml file.",
            BoundedTextFileProblem.NotFound => "protocol file not found; check the path (copy protocols/default.yaml to start a new one).",
            BoundedTextFileProblem.EmptyOrNotRegular => "the file is empty or is not a regular file (a pipe, or a device such as /dev/zero): give the path of a protocol .yaml file (copy protocols/default.yaml to start one).",
            BoundedTextFileProblem.TooLarge => TooLarge,
            _ => message.Replace("the file cannot be read", "the protocol file cannot be read", StringComparison.Ordinal),
        });
        return null;
    }
}

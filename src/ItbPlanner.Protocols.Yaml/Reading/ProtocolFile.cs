using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>Reads a protocol file's text, turning a missing or unreadable file into one located error.</summary>
internal static class ProtocolFile
{
    public static string? ReadText(string path, out ProtocolError? error)
    {
        error = null;
        if (Directory.Exists(path))
        {
            error = new ProtocolError(path, "this is a folder, not a protocol file; give the path of a .yaml file.");
            return null;
        }

        if (!File.Exists(path))
        {
            error = new ProtocolError(path, "protocol file not found; check the path (copy protocols/default.yaml to start a new one).");
            return null;
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = new ProtocolError(path, $"the protocol file cannot be read: {OneLine(e.Message)}");
            return null;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}

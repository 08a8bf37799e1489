using System.Text;
using System.Text.Json;
using ItbPlanner.App.Cli;
using ItbPlanner.Files;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// Reads the user's config.json strictly, before configuration sees it: a regular file of at most 1 MB
/// (<see cref="BoundedTextFile"/>) holding one JSON object whose keys are known settings (<see cref="SettingKeys.All"/>,
/// matched ignoring case as configuration matches them), each once, each with a text value. Comments and trailing commas
/// are allowed, as the .NET JSON configuration provider allowed them. Anything else is a
/// <see cref="UserInputException"/> "PATH:LINE: what is wrong" (exit 2); a problem with the whole file is at line 1,
/// except a folder, a file too large or one that cannot be read, which are at the path alone.
/// </summary>
internal static class ConfigFile
{
    private const string Name = "config.json";

    /// <summary>The settings the file sets, under their canonical keys; none when the file does not exist.</summary>
    /// <exception cref="UserInputException">The file exists and is not a valid config.json.</exception>
    public static IReadOnlyList<KeyValuePair<string, string?>> Read(string path)
    {
        if (!BoundedTextFile.TryRead(path, out var text, out var problem, out _))
        {
            return problem switch
            {
                BoundedTextFileProblem.NotFound => [],
                BoundedTextFileProblem.Folder => throw new UserInputException($"{path}: {Name} is a folder; remove it or make it a file holding {Example}."),
                BoundedTextFileProblem.EmptyOrNotRegular => throw Error(path, 1, $"{Name} is empty or is not a regular file (a pipe, or a device such as /dev/zero): write one JSON object such as {Example}, or delete it."),
                BoundedTextFileProblem.TooLarge => throw new UserInputException($"{path}: {Name} is larger than 1 MB; it holds a few short settings, such as {Example}."),
                _ => throw new UserInputException($"{path}: {Name} cannot be read; check its permissions, or delete it."),
            };
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error(path, 1, $"{Name} is empty: write one JSON object such as {Example}, or delete it.");
        }

        return Parse(path, Encoding.UTF8.GetBytes(text));
    }

    private static string Example => $"{{\"{SettingKeys.Protocol}\": \"{SettingKeys.Example(SettingKeys.Protocol)}\"}}";

    private static List<KeyValuePair<string, string?>> Parse(string path, byte[] json)
    {
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 8 };
        var reader = new Utf8JsonReader(json, options);
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var settings = new List<KeyValuePair<string, string?>>();
        try
        {
            if (!reader.Read())
            {
                throw Error(path, 1, $"{Name} holds no settings: write one JSON object such as {Example}, or delete it.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(path, LineOf(json, reader.TokenStartIndex), $"{Name} must hold one JSON object of settings, e.g. {Example}; got {Describe(reader.TokenType)}.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var line = LineOf(json, reader.TokenStartIndex);
                var name = reader.GetString()!;
                var key = SettingKeys.All.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
                    ?? throw Error(path, line, $"{Name}: unknown setting \"{name}\"; the settings are {string.Join(", ", SettingKeys.All)}.");
                if (lines.TryGetValue(key, out var first))
                {
                    throw Error(path, line, $"{Name} sets \"{key}\" twice (first on line {first}): keep one.");
                }

                lines.Add(key, line);
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw Error(path, LineOf(json, reader.TokenStartIndex), $"{Name}: \"{key}\" must be text in double quotes, e.g. \"{key}\": \"{SettingKeys.Example(key)}\"; got {Describe(reader.TokenType)}.");
                }

                settings.Add(new(key, reader.GetString()));
            }

            // The object is closed (the reader checked it); anything after it is refused by the next read.
            reader.Read();
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw Error(path, line, $"{Name} is not valid JSON at column {column}: {Reason(e.Message)} Write one JSON object such as {Example}.");
        }

        return settings;
    }

    private static UserInputException Error(string path, int line, string message) => new($"{path}:{line}: {message}");

    private static int LineOf(byte[] json, long index)
    {
        var line = 1;
        for (var i = 0; i < index && i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The reader's message without its zero-based position (the error gives line and column already).</summary>
    private static string Reason(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (position < 0 ? message : message[..position]).Trim();
        return reason.EndsWith('.') ? reason : reason + ".";
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "a list",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "text",
        _ => "something else",
    };
}

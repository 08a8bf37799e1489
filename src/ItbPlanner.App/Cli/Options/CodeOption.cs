using System.CommandLine;
using System.CommandLine.Parsing;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Options;

/// <summary>Options whose values are the log's frozen kebab-case codes (<see cref="LogCodes"/>): origins, kinds, alarms.</summary>
internal static class CodeOption
{
    /// <summary>A single code.</summary>
    public static Option<TEnum?> Create<TEnum>(string name, string description)
        where TEnum : struct, Enum => new(name)
        {
            Description = description,
            HelpName = string.Join("|", LogCodes.All<TEnum>()),
            CustomParser = result => Parse<TEnum>(result, name, result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty),
        };

    /// <summary>A code that may be repeated (<c>--risk a --risk b</c>).</summary>
    public static Option<TEnum[]> Many<TEnum>(string name, string description)
        where TEnum : struct, Enum => new(name)
        {
            Description = description,
            HelpName = string.Join("|", LogCodes.All<TEnum>()),
            CustomParser = result => [.. result.Tokens.Select(t => Parse<TEnum>(result, name, t.Value) ?? default)],
        };

    private static TEnum? Parse<TEnum>(ArgumentResult result, string name, string text)
        where TEnum : struct, Enum
    {
        if (LogCodes.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        result.AddError($"{name}: '{text}' is not one of {string.Join(", ", LogCodes.All<TEnum>())}.");
        return null;
    }
}

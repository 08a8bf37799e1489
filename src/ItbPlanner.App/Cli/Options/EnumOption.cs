using System.CommandLine.Parsing;

namespace ItbPlanner.App.Cli.Options;

/// <summary>Parses kebab-case enum values (<c>simple-continuous</c> → SimpleContinuous), listing the accepted ones on error.</summary>
internal static class EnumOption
{
    /// <summary>The kebab-case spelling of an enum value.</summary>
    public static string Spell<TEnum>(TEnum value)
        where TEnum : struct, Enum => Output.Spelling.Of(value);

    /// <summary>Every accepted spelling, joined by <c>|</c>.</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum => string.Join("|", Enum.GetValues<TEnum>().Select(Spell));

    /// <summary>Parses a value or adds an error naming the option and the choices.</summary>
    public static TEnum Parse<TEnum>(ArgumentResult result, string name, TEnum fallback)
        where TEnum : struct, Enum
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Spell(value), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"{name}: '{text}' is not one of {Choices<TEnum>()}.");
        return fallback;
    }
}

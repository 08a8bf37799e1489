using System.Collections;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ItbPlanner.App.Cli;

/// <summary>
/// Rules every option of the command tree follows, applied in one place so a new option cannot forget them:
/// <list type="bullet">
/// <item>an option that takes a value takes exactly one, once: a repeated option or one left without its value
/// (<c>--dose 186mcg/day … --dose</c>) is a one-line error, never silently resolved; list options (<c>--step</c>,
/// <c>--score</c>) take one value per occurrence, and flags none;</item>
/// <item>a whole number without a parser of its own is read with a message in the tool's words;</item>
/// <item>a file or folder (<c>FILE</c>, <c>PATH</c>, <c>DIR</c>) is a real name: not empty, not <c>-</c>, without control
/// characters.</item>
/// </list>
/// </summary>
internal static class OptionRules
{
    /// <summary>Applies the rules to every option and argument of a command tree.</summary>
    public static void Apply(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Options)
        {
            Apply(option);
        }

        foreach (var argument in command.Arguments)
        {
            if (argument.HelpName is "PATH" or "FILE" || argument.Name is "PATH" or "FILE")
            {
                argument.Validators.Add(result => CheckPath(result, argument.Name, result.Tokens));
            }
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand);
        }
    }

    private static void Apply(Option option)
    {
        var type = option.ValueType;
        if (type == typeof(bool) || type == typeof(bool?) || option.Arity.MaximumNumberOfValues == 0)
        {
            return; // flags, --help, --version
        }

        var many = type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);
        option.Arity = many ? ArgumentArity.OneOrMore : ArgumentArity.ExactlyOne;
        option.Validators.Add(result =>
        {
            // The parser pools the values of repeated occurrences: one left without its value would go unnoticed.
            if (result.Tokens.Count < result.IdentifierTokenCount)
            {
                result.AddError($"{option.Name}: a value is missing after it (every {option.Name} takes one).");
            }
        });

        if (option is Option<int?> { CustomParser: null } count)
        {
            count.CustomParser = result => WholeNumber(result, option.Name);
        }

        if (option.HelpName is "FILE" or "PATH" or "DIR" or "PATH|URL")
        {
            option.Validators.Add(result => CheckPath(result, option.Name, result.Tokens));
        }
    }

    private static int? WholeNumber(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 100_000)
        {
            return number;
        }

        result.AddError($"{name}: '{text}' is not a whole number from 0 to 100000.");
        return null;
    }

    private static void CheckPath(SymbolResult result, string name, IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (string.IsNullOrWhiteSpace(token.Value))
            {
                result.AddError($"{name}: give a file name; an empty one does not mean the default (leave {name} out for that).");
            }
            else if (token.Value == "-")
            {
                result.AddError($"{name}: '-' is not a file name here; give the file's path.");
            }
            else if (token.Value.Any(char.IsControl))
            {
                result.AddError($"{name}: the name holds control characters; type it again.");
            }
        }
    }
}

using System.Collections;
using System.CommandLine;

namespace ItbPlanner.App.Cli;

/// <summary>
/// Every option that takes a value takes exactly one, once: a repeated option (<c>--dose 186mcg/day … --dose</c>) or
/// one left without its value is a one-line error, never silently resolved to the first or last occurrence. Flags
/// (booleans) take none; list options (<c>--step</c>, <c>--score</c>) take one value per occurrence.
/// </summary>
internal static class OptionArity
{
    /// <summary>Applies the rule to every option of a command tree.</summary>
    public static void Apply(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Options)
        {
            var type = option.ValueType;
            if (type == typeof(bool) || type == typeof(bool?) || option.Arity.MaximumNumberOfValues == 0)
            {
                continue; // flags, --help, --version
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
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand);
        }
    }
}

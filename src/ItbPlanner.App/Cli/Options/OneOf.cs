using System.CommandLine;
using System.CommandLine.Parsing;

namespace ItbPlanner.App.Cli.Options;

/// <summary>Validators for options that exclude each other.</summary>
internal static class OneOf
{
    /// <summary>Exactly one of the options must be given.</summary>
    public static void Require(CommandResult result, params Option[] options)
    {
        var given = options.Where(o => result.GetResult(o) is { Implicit: false }).ToList();
        var names = string.Join(" or ", options.Select(o => o.Name));
        if (given.Count == 0)
        {
            result.AddError($"give {names}.");
        }
        else if (given.Count > 1)
        {
            result.AddError($"give only one of {names}, not both.");
        }
    }
}

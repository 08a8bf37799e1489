using System.CommandLine;
using System.Runtime.CompilerServices;

namespace ItbPlanner.App.Cli;

/// <summary>
/// The command line's names for the fields the application and the domain name in a clinician's words. By convention a
/// field is the option of the same words joined by hyphens ("fill volume" → <c>--fill-volume</c>) when the command has
/// one; a command names its exceptions (<c>itb refill</c>: "fill volume" → <c>--volume</c>). Errors and notices about a
/// field are printed with its option.
/// </summary>
internal static class FieldFlags
{
    private static readonly ConditionalWeakTable<Command, Dictionary<string, string>> Names = [];

    /// <summary>Names the options of a command's fields that the convention does not find.</summary>
    public static void Name(Command command, params (string Field, string Option)[] names)
    {
        ArgumentNullException.ThrowIfNull(command);
        var table = Names.GetOrCreateValue(command);
        foreach (var (field, option) in names)
        {
            table[field] = option;
        }
    }

    /// <summary>The option a field is given in on this command, or null when the command has none.</summary>
    public static string? Option(Command command, string field)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(field);
        if (field.StartsWith("--", StringComparison.Ordinal))
        {
            return field;
        }

        if (Names.TryGetValue(command, out var table) && table.TryGetValue(field, out var named))
        {
            return named;
        }

        var conventional = "--" + string.Join('-', field.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return command.Options.Any(o => o.Name == conventional) ? conventional : null;
    }

    /// <summary>A message about a field, led by its option when the command has one and the message does not name it already.</summary>
    public static string Prefixed(Command command, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Option(command, field) is { } option && !message.StartsWith(option, StringComparison.Ordinal) ? $"{option}: {message}" : message;
    }

    /// <summary>The options of several fields, for a hint such as " (--alarm-date, --refill-by)"; empty when none.</summary>
    public static string Hint(Command command, IEnumerable<string>? fields)
    {
        var options = (fields ?? []).Select(f => Option(command, f)).OfType<string>().Distinct().ToArray();
        return options.Length == 0 ? string.Empty : $" ({string.Join(", ", options)})";
    }
}

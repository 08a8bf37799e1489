using System.Diagnostics.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>Reads a list of weekdays (Monday or Mon, any case), reporting unknown and repeated days at their line.</summary>
internal static class Weekdays
{
    public static bool Parse(ReadContext context, YamlNode node, string path, [MaybeNullWhen(false)] out IReadOnlySet<DayOfWeek> value)
    {
        value = null;
        if (node is not YamlSequenceNode sequence)
        {
            context.Error(node, $"{path} must be a list of weekdays, e.g. [Monday, Tuesday]; got {Scalars.Describe(node)}.");
            return false;
        }

        var days = new HashSet<DayOfWeek>();
        var ok = true;
        var index = 0;
        foreach (var item in sequence.Children)
        {
            var itemPath = $"{path}[{index++}]";
            var text = Scalars.Text(context, item, itemPath);
            if (text is null)
            {
                ok = false;
            }
            else if (!TryDay(text, out var day))
            {
                context.Error(item, $"{itemPath}: '{text}' is not a weekday; write Monday, Tuesday, Wednesday, Thursday, Friday, Saturday or Sunday (or Mon ... Sun).");
                ok = false;
            }
            else if (!days.Add(day))
            {
                context.Error(item, $"{itemPath}: {day} is listed twice.");
                ok = false;
            }
        }

        value = days;
        return ok;
    }

    private static bool TryDay(string text, out DayOfWeek day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString();
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase) || string.Equals(text, name[..3], StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}

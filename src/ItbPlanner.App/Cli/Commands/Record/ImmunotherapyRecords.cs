using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>Record subcommands about immunotherapy courses beside ITB: IVIG and plasma exchange.</summary>
internal static class ImmunotherapyRecords
{
    /// <summary>The kinds.</summary>
    public static IEnumerable<RecordKind> All() =>
    [
        new(EventKind.Ivig, "Record an IVIG course (--dose-per-kg 2g/kg --weight 62kg --days 5) from the event's date: total and daily grams with their working; a patient recorded as IgA-deficient exits 3.", Ivig),
        new(EventKind.PlasmaExchange, "Record a plasma exchange series (--sessions 5 --every 2d) from the event's moment: lists the session dates.", PlasmaExchange),
    ];

    private static Func<CliContext, EntryDetails> Ivig(Command command)
    {
        var dose = Typed<DosePerBodyWeight>("--dose-per-kg", "The course's dose per kilogram of body weight, in g/kg, e.g. 2g/kg (usually 2 g/kg over the course).", "g/kg", "2g/kg", DosePerBodyWeight.TryParse);
        var weight = Typed<BodyWeight>("--weight", "Body weight in kg, e.g. 62kg.", "kg", "62kg", BodyWeight.TryParse);
        var days = Count("--days", "Days the course is given over (usually 2–5), from the event's date.", "N");
        var notes = RecordOptions.Text("--notes", "Product, infusion rate, premedication.");
        command.Options.Add(dose);
        command.Options.Add(weight);
        command.Options.Add(days);
        command.Options.Add(notes);
        return context => new IvigEntry(context.Get(dose)!.Value, context.Get(weight)!.Value, context.Get(days)!.Value, context.Get(notes));
    }

    private static Func<CliContext, EntryDetails> PlasmaExchange(Command command)
    {
        var sessions = Count("--sessions", "Sessions in the series (typically 5).", "N");
        var every = QuantityOption.Create<Duration, DurationUnit>("--every", "Time between sessions (2d is every other day),", example: "2d");
        every.Required = true;
        var notes = RecordOptions.Text("--notes", "Exchange volume, replacement fluid, access.");
        command.Options.Add(sessions);
        command.Options.Add(every);
        command.Options.Add(notes);
        return context => new PlasmaExchangeEntry(context.Get(sessions)!.Value, context.Get(every)!.Value, context.Get(notes));
    }

    private delegate bool TryParse<T>(string? text, IFormatProvider? provider, out T value);

    /// <summary>A required option read by a small quantity's own parser (kg and g/kg are not dose units, see decisions.md).</summary>
    private static Option<T?> Typed<T>(string name, string description, string unit, string example, TryParse<T> parse)
        where T : struct, IComparable<T> => new(name)
    {
        Description = description,
        HelpName = "QTY",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!parse(text, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"{name}: '{text}' is not a number of {unit}; write e.g. {example}.");
                return null;
            }

            if (value.CompareTo(default) <= 0)
            {
                result.AddError($"{name} must be greater than zero; got {text}.");
                return null;
            }

            return value;
        },
    };

    /// <summary>A required whole number of at least 1.</summary>
    private static Option<int?> Count(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = true,
        CustomParser = result => ParseCount(result, name),
    };

    private static int? ParseCount(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            return count;
        }

        result.AddError($"{name}: '{text}' is not a whole number of 1 or more.");
        return null;
    }
}

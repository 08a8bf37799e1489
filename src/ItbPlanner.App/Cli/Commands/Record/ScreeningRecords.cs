using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>The screening trial's record subcommands: booking, boluses, assessments, outcome.</summary>
internal static class ScreeningRecords
{
    /// <summary>The kinds.</summary>
    public static IEnumerable<RecordKind> All() =>
    [
        new(EventKind.ScreeningScheduled, "Record a booked screening trial.", Scheduled(date => new ScreeningBookingEntry(date.Date, date.Notes))),
        new(EventKind.ScreeningBolus, "Record a screening bolus given (dose; volume and concentration default to the protocol's screening strength, the only one accepted; a child's first may be the protocol's small-child start).", Bolus),
        new(EventKind.Assessment, "Record spasticity scores, e.g. --score modified-ashworth=1+@left-knee --score penn-spasm-frequency=2.", Assessment),
        new(EventKind.ScreeningOutcome, "Record the screening trial's outcome: positive (a candidate) or negative.", Outcome),
    ];

    /// <summary>A booking kind: <c>--date</c> and <c>--notes</c>.</summary>
    public static Func<Command, Func<CliContext, EntryDetails>> Scheduled(Func<(DateOnly Date, string? Notes), EntryDetails> entry) => command =>
    {
        var date = CommonOptions.Date("--date", "The date booked.");
        date.Required = true;
        var notes = RecordOptions.Text("--notes", "Where, with whom, what to prepare.");
        command.Options.Add(date);
        command.Options.Add(notes);
        return context => entry((context.Get(date)!.Value, context.Get(notes)));
    };

    private static Func<CliContext, EntryDetails> Bolus(Command command)
    {
        var dose = RecordOptions.Mass("--dose", "The bolus dose,");
        dose.Required = true;
        var concentration = CommonOptions.Concentration(description: "Strength used (default: the protocol's screening strength; any other is refused, SCREENING_CONCENTRATION_NOT_ALLOWED),");
        var volume = CommonOptions.Volume("--volume", "Volume injected (default: dose ÷ concentration),");
        var route = CodeOption.Create<ScreeningRoute>("--route", "How it was given.");
        var number = new Option<int?>("--bolus-number") { Description = "Which bolus of the trial (default: the next).", HelpName = "N" };
        command.Options.Add(dose);
        command.Options.Add(concentration);
        command.Options.Add(volume);
        command.Options.Add(route);
        command.Options.Add(number);
        return context => new ScreeningBolusEntry(context.Get(dose)!.Value, context.Get(concentration), context.Get(volume), context.Get(route), context.Get(number));
    }

    private static Func<CliContext, EntryDetails> Assessment(Command command)
    {
        var scores = new Option<string[]>("--score")
        {
            Description = "A score as SCALE=VALUE or SCALE=VALUE@SITE, e.g. modified-ashworth=1+@left-knee; repeat for several.",
            HelpName = "SCALE=VALUE[@SITE]",
            Required = true,
        };
        var after = QuantityOption.Create<Domain.Quantities.Duration, Domain.Quantities.DurationUnit>("--after-bolus", "Time since the screening bolus, for a screening observation,", allowZero: true);
        var notes = RecordOptions.Text("--notes", "Anything else observed.");
        command.Options.Add(scores);
        command.Options.Add(after);
        command.Options.Add(notes);
        return context => new AssessmentEntry([.. (context.Get(scores) ?? []).Select(Score)], context.Get(after), context.Get(notes));
    }

    private static AssessmentScore Score(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new UserInputException($"--score: '{text}' is not SCALE=VALUE[@SITE], e.g. modified-ashworth=1+@left-knee.");
        }

        var scale = text[..equals].Trim();
        var rest = text[(equals + 1)..];
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        return at < 0
            ? new AssessmentScore(scale, rest.Trim())
            : new AssessmentScore(scale, rest[..at].Trim(), rest[(at + 1)..].Trim());
    }

    private static Func<CliContext, EntryDetails> Outcome(Command command)
    {
        var outcome = CodeOption.Create<TrialOutcome>("--outcome", "The clinician's conclusion.");
        outcome.Required = true;
        var effectHours = RecordOptions.Hours("--effect-hours", "How long the effective bolus worked, in hours.");
        var effective = RecordOptions.Mass("--effective-dose", "The bolus that worked (default for a positive outcome: the last bolus given),");
        var adverse = new Option<bool>("--adverse-reaction") { Description = "The effective bolus caused an adverse reaction." };
        command.Options.Add(outcome);
        command.Options.Add(effectHours);
        command.Options.Add(effective);
        command.Options.Add(adverse);
        return context => new ScreeningOutcomeEntry(context.Get(outcome)!.Value, context.Get(effectHours), context.Get(effective), context.Get(adverse));
    }
}

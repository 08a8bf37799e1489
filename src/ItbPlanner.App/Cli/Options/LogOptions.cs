using System.CommandLine;
using System.Globalization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Time;

namespace ItbPlanner.App.Cli.Options;

/// <summary>Options of the log commands: the patient, when an event happened, who records it and why, filters, output file.</summary>
internal static class LogOptions
{
    /// <summary><c>--patient ID</c> (or another name, e.g. <c>--id</c>), required.</summary>
    public static Option<PatientId?> Patient(string name = "--patient", string description = "The patient's id, as registered with `itb patient add`.") => new(name)
    {
        Description = description,
        HelpName = "ID",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (PatientId.IsValid(text))
            {
                return new PatientId(text);
            }

            result.AddError($"{name}: '{text}' is not a patient id; use 1 to {PatientId.MaxLength} letters, digits, '-', '_' or '.'.");
            return null;
        },
    };

    /// <summary><c>--at YYYY-MM-DDTHH:MM[±HH:MM]</c>: when it happened, local time (default now).</summary>
    public static Option<LocalMoment?> At() => new("--at")
    {
        Description = "When it happened, local time, e.g. 2026-11-21T09:30 (default: now); add the UTC offset (2026-10-25T02:30+02:00) for a time that happened twice when the clocks went back.",
        HelpName = "YYYY-MM-DDTHH:MM[±HH:MM]",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (LocalMoment.TryParse(text, out var moment))
            {
                if (Limits.CheckDate("--at", DateOnly.FromDateTime(moment.Local)) is not { } implausible)
                {
                    return moment;
                }

                result.AddError(implausible);
                return null;
            }

            result.AddError($"--at: '{text}' is not a local date and time; write {LocalMoment.Forms}, e.g. 2026-11-21T09:30.");
            return null;
        },
    };

    /// <summary><c>--author NAME</c>: who records it (default ITB_AUTHOR, then USER).</summary>
    public static Option<string?> Author() => new("--author")
    {
        Description = "Who records it (default: $ITB_AUTHOR, then $USER).",
        HelpName = "NAME",
    };

    /// <summary><c>--reason TEXT</c>: why.</summary>
    public static Option<string?> Reason(string description = "Why (recorded and hashed with the event).") => new("--reason")
    {
        Description = description,
        HelpName = "TEXT",
    };

    /// <summary><c>--since YYYY-MM-DD</c>: events from that local date on.</summary>
    public static Option<DateOnly?> Since() => CommonOptions.Date("--since", "Only events that happened on or after this date (local).");

    /// <summary><c>--kind K</c>, repeatable.</summary>
    public static Option<EventKind[]> Kinds() => CodeOption.Many<EventKind>("--kind", "Only events of this kind; repeat for several.");

    /// <summary><c>--out FILE</c>.</summary>
    public static Option<string?> Out(string description) => new("--out") { Description = description, HelpName = "FILE" };

    /// <summary>The moment a local <c>--at</c> stands for, in UTC; now when absent.</summary>
    /// <exception cref="UserInputException">The local time does not exist (skipped by a daylight-saving change), happened
    /// twice and no offset says which, or its offset does not match the time zone.</exception>
    public static DateTimeOffset Moment(CliContext context, LocalMoment? local)
    {
        if (local is not { } value)
        {
            return context.Clock.GetUtcNow();
        }

        try
        {
            return value.InZone(context.Clock.LocalTimeZone);
        }
        catch (InvalidInputException e)
        {
            throw new UserInputException($"--at: {e.Message}");
        }
    }

    /// <summary>The author: <c>--author</c>, else ITB_AUTHOR, else USER.</summary>
    /// <exception cref="UserInputException">None is known.</exception>
    public static string AuthorOf(CliContext context, string? given) =>
        new[] { given, context.Environment.GetVariable("ITB_AUTHOR"), context.Environment.GetVariable("USER") }.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))
        ?? throw new UserInputException("--author: say who records this (or set ITB_AUTHOR).");

    /// <summary>A moment shown in local time, to the minute.</summary>
    public static string Local(CliContext context, DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, context.Clock.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

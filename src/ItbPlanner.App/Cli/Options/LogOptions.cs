using System.CommandLine;
using System.Globalization;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Options;

/// <summary>Options of the log commands: the patient, when an event happened, who records it and why, filters, output file.</summary>
internal static class LogOptions
{
    /// <summary>The form of <c>--at</c>: local date and time to the minute.</summary>
    public const string AtFormat = "yyyy-MM-dd'T'HH:mm";

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

    /// <summary><c>--at YYYY-MM-DDTHH:MM</c>: when it happened, local time (default now).</summary>
    public static Option<DateTime?> At() => new("--at")
    {
        Description = "When it happened, local time, e.g. 2026-11-21T09:30 (default: now).",
        HelpName = "YYYY-MM-DDTHH:MM",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateTime.TryParseExact(text, AtFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return local;
            }

            result.AddError($"--at: '{text}' is not a local date and time; write YYYY-MM-DDTHH:MM, e.g. 2026-11-21T09:30.");
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
    /// <exception cref="UserInputException">The local time does not exist (skipped by a daylight-saving change).</exception>
    public static DateTimeOffset Moment(CliContext context, DateTime? local)
    {
        if (local is not { } value)
        {
            return context.Environment.Time.GetUtcNow();
        }

        var zone = context.Environment.Time.LocalTimeZone;
        if (zone.IsInvalidTime(value))
        {
            throw new UserInputException($"--at: {value.ToString(AtFormat, CultureInfo.InvariantCulture)} does not exist in {zone.Id} (the clocks skipped it); give the time the clock showed.");
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }

    /// <summary>The start of a local date, in UTC.</summary>
    public static DateTimeOffset StartOf(CliContext context, DateOnly date) =>
        Moment(context, date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The author: <c>--author</c>, else ITB_AUTHOR, else USER.</summary>
    /// <exception cref="UserInputException">None is known.</exception>
    public static string AuthorOf(CliContext context, string? given) =>
        new[] { given, context.Environment.GetVariable("ITB_AUTHOR"), context.Environment.GetVariable("USER") }.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))
        ?? throw new UserInputException("--author: say who records this (or set ITB_AUTHOR).");

    /// <summary>A moment shown in local time, to the minute.</summary>
    public static string Local(CliContext context, DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, context.Environment.Time.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Calendar;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Clinic;
using Spectre.Console;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb schedule [--within DAYS] [--json] [--ical FILE]</c>: every patient with a program in force, most urgent first,
/// the dates recomputed from the log.
/// </summary>
internal static class ScheduleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var within = new Option<int?>("--within")
        {
            Description = "Only patients whose refill-by date is within DAYS days of today (overdue patients and unknown dates are always shown).",
            HelpName = "DAYS",
            CustomParser = ParseDays,
        };
        var json = CommonOptions.Json();
        var ical = new Option<string?>("--ical")
        {
            Description = "Also write the refill-by dates as an iCalendar file (RFC 5545) a clinic calendar can import (created owner-only).",
            HelpName = "FILE",
        };
        var working = new Option<bool>("--working") { Description = "Show each patient's working under the table." };
        var command = new Command(
            "schedule",
            "The clinic's refill schedule from the log: every patient's program, last fill, alarm, worst-case empty and refill-by dates (recomputed), most urgent first.")
        {
            within, json, ical, working,
        };
        CommandAction.Set<BuildClinicSchedule>(command, environment, globals, (context, useCase) =>
        {
            var days = context.Get(within);
            var asJson = context.Get(json);
            var showWorking = context.Get(working);
            var schedule = useCase.Build(days, withWorking: asJson || showWorking);

            if (context.Get(ical) is { } path)
            {
                OutputFile.Write(path, RefillCalendar.Render(schedule, context.Clock.GetUtcNow(), context.Protocol.Title), "--ical");
                var events = schedule.Entries.Count(e => e.RefillByDate is not null);
                context.Error.WriteLine($"note: wrote {events} refill-by {(events == 1 ? "event" : "events")} to {path}.");
            }

            if (asJson)
            {
                JsonOutput.Write(context.Out, ScheduleJson.From(schedule, days, context.Protocol.Title), ScheduleJsonContext.Default.ScheduleJson);
            }
            else
            {
                // Piece by piece, each a block of whole lines: a clinic's schedule is never laid out whole.
                foreach (var piece in ScheduleView.Pieces(schedule, days, context.Protocol.Title, showWorking))
                {
                    context.Console.Write(new Rows(piece));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int? ParseDays(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return days;
        }

        result.AddError($"--within: '{text}' is not a whole number of days, e.g. 14.");
        return null;
    }
}

using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log show --patient ID [--since DATE] [--kind K] [--json]</c>: a patient's events, newest last; the table ends with
/// the patient's current dates, recomputed as <c>itb schedule</c> does (dates in events are labelled as recorded).
/// </summary>
internal static class LogShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient();
        var since = LogOptions.Since();
        var kinds = LogOptions.Kinds();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a patient's log as a table, newest last; --json prints every stored field of each event.") { patient, since, kinds, json };
        CommandAction.Set(command, environment, globals, context =>
        {
            var log = context.Services.GetRequiredService<LogAccess>().ForReading();
            var id = context.Get(patient)!.Value;
            _ = log.Patients.Get(id);
            var all = log.Events.Events(id);
            var voided = CorrectedLog.Voided(all);
            var late = LateEntries.Of(all);
            var filter = new EventFilter(context.Get(since) is { } date ? LogOptions.StartOf(context, date) : null, context.Get(kinds));
            var events = log.Events.Events(id, filter);
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, LogEventJson.Events(events, voided, late));
            }
            else
            {
                context.Console.Write(LogView.Render(id, events, voided, moment => LogOptions.Local(context, moment), late));
                var outlook = ScheduleLoader.Outlook(TherapyRecord.Read(context.Protocol, all), context.Protocol, context.Clock);
                if (outlook.HasProgram)
                {
                    context.Console.Write(OutlookView.Render(outlook));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

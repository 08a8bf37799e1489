using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Charts;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Review;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb timeline --patient ID [--from DATE] [--json] [--svg FILE]</c>: the ITB daily dose, the oral medicines, the
/// immunotherapy courses and the score trends of one patient on one time axis, as tables, JSON or an SVG file.
/// </summary>
internal static class TimelineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient();
        var from = CommonOptions.Date("--from", "The first date shown (local); doses in force then are carried in (default: the first therapy logged).");
        var json = CommonOptions.Json();
        var svg = new Option<string?>("--svg") { Description = "Also write the timeline as a self-contained SVG file: one date axis, one lane per series on its own scale.", HelpName = "FILE" };
        patient.Required = true;
        var command = new Command("timeline", "Show one patient's therapies on one time axis: ITB daily dose, oral baclofen, diazepam and other medicines, IVIG and plasma-exchange courses, SPS, Ashworth and Penn scores.")
        {
            patient, from, json, svg,
        };
        FieldFlags.Name(command, ("first date", "--from"));

        CommandAction.Set<ShowTimeline>(command, environment, globals, (context, useCase) =>
        {
            var id = context.Get(patient)!.Value;
            var timeline = useCase.Show(id, context.Get(from));
            if (context.Get(svg) is { } path)
            {
                OutputFile.Write(path, TimelineSvg.Render(timeline, context.Clock.LocalTimeZone, $"Patient {id.Value} — therapy timeline"), "--svg");
                context.Error.WriteLine($"Wrote {path}: {timeline.Series.Count} series from {Iso(timeline.From)} to {Iso(timeline.To)}.");
            }

            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, TherapyTimelineJson.Of(timeline), TimelineJsonContext.Default.TherapyTimelineJson);
            }
            else
            {
                context.Console.Write(TimelineView.Render(timeline));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

using System.Text.Json.Nodes;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.App.Output.Json;

/// <summary>The program in force and the planned dates as JSON, units in the names.</summary>
internal static class TimelineJson
{
    /// <summary>The program, or null.</summary>
    public static JsonObject? Program(ProgramInForce? program) => program is null ? null : new JsonObject
    {
        ["doseMcgPerDay"] = JsonOutput.Number(program.Dose.MicrogramsPerDay),
        ["concentrationMcgPerMl"] = JsonOutput.Number(program.Concentration.MicrogramsPerMilliliter),
        ["rateMlPerDay"] = JsonOutput.Number(program.Rate.MillilitersPerDay),
        ["mode"] = LogCodes.Code(program.Mode),
        ["since"] = LogTimestamp.Format(program.Since),
        ["seq"] = program.Seq,
        ["suspended"] = program.Suspended,
    };

    /// <summary>The planned dates, or null.</summary>
    public static JsonObject? Dates(PlannedDates? dates) => dates is null ? null : new JsonObject
    {
        ["alarmDate"] = dates.AlarmDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["refillByDate"] = dates.RefillByDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["seq"] = dates.Seq,
        ["stale"] = dates.Stale,
    };
}

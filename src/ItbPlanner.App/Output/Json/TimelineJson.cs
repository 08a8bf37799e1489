using System.Text.Json.Nodes;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Output.Json;

/// <summary>The program in force, the current (recomputed) and recorded dates as JSON, units in the names.</summary>
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

    /// <summary>
    /// A patient's current dates, recomputed as <c>itb schedule</c> computes them (null without a program in force):
    /// <c>alarmDate</c>, <c>emptyDate</c>, <c>worstCaseEmptyDate</c>, <c>refillByDate</c>, <c>refillByLimit</c>,
    /// <c>daysUntilRefillBy</c>, <c>urgency</c>, <c>today</c>.
    /// </summary>
    public static JsonObject? Outlook(PatientOutlook outlook) => !outlook.HasProgram ? null : new JsonObject
    {
        ["today"] = Date(outlook.Today),
        ["alarmDate"] = Date(outlook.AlarmDate),
        ["emptyDate"] = Date(outlook.EmptyDate),
        ["worstCaseEmptyDate"] = Date(outlook.WorstCaseEmptyDate),
        ["refillByDate"] = Date(outlook.RefillByDate),
        ["refillByLimit"] = ScheduleEntryJson.LimitName(outlook.BindingLimit),
        ["daysUntilRefillBy"] = outlook.DaysUntilRefillBy,
        ["urgency"] = outlook.Urgency is { } urgency ? ScheduleEntryJson.UrgencyName(urgency) : null,
    };

    /// <summary>Alerts as JSON objects <c>{ code, severity, message }</c>.</summary>
    public static JsonArray Alerts(IReadOnlyList<Alert> alerts) =>
        [.. alerts.Select(a => (JsonNode)new JsonObject { ["code"] = a.Code, ["severity"] = AlertJson.SeverityName(a.Severity), ["message"] = a.Message })];

    /// <summary>The planned dates recorded in the log, or null.</summary>
    public static JsonObject? Dates(PlannedDates? dates) => dates is null ? null : new JsonObject
    {
        ["alarmDate"] = Date(dates.AlarmDate),
        ["refillByDate"] = Date(dates.RefillByDate),
        ["seq"] = dates.Seq,
        ["stale"] = dates.Stale,
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

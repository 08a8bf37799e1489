using System.Text.Json.Serialization;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb schedule --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record ScheduleJson(DateOnly Today, string Protocol, int? WithinDays, ScheduleEntryJson[] Patients, AlertJson[] Alerts)
{
    /// <summary>Converts a schedule.</summary>
    public static ScheduleJson From(ClinicSchedule schedule, int? within, string protocolTitle) => new(
        schedule.Today,
        protocolTitle,
        within,
        [.. schedule.Entries.Select(ScheduleEntryJson.From)],
        AlertJson.From(schedule.Alerts));
}

/// <summary>Source-generated JSON metadata for the schedule command.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ScheduleJson))]
internal sealed partial class ScheduleJsonContext : JsonSerializerContext;

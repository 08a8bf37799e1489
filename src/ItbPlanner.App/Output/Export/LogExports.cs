using System.Text.Json.Nodes;
using ItbPlanner.App.Output.Json;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Output.Export;

/// <summary>A patient's verified log as the text of an export format: <c>csv</c>, <c>json</c> or <c>fhir</c>.</summary>
internal static class LogExports
{
    /// <summary>The formats, as typed on the command line.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json", "fhir"];

    /// <summary>The file name extension of a format.</summary>
    public static string Extension(string format) => format == "csv" ? "csv" : "json";

    /// <summary>Builds the export text (the caller has verified the chain).</summary>
    public static string Build(string format, PatientRegistration registered, IReadOnlyList<LogEvent> events, IReadOnlySet<long> voided, DateTimeOffset now, TimeZoneInfo zone) => format switch
    {
        "csv" => CsvExport.Build(events, voided),
        "fhir" => FhirExport.Build(registered.Patient, events, voided, now, zone).ToJsonString(LogEventJson.Options) + "\n",
        _ => new JsonObject
        {
            ["format"] = "itb-log-export/1",
            ["exportedAt"] = LogTimestamp.Format(now),
            ["patient"] = LogEventJson.Patient(registered.Patient),
            ["registeredAt"] = LogTimestamp.Format(registered.RegisteredAt),
            ["headHash"] = events[^1].Hash,
            ["events"] = LogEventJson.Events(events, voided, LateEntries.Of(events)),
        }.ToJsonString(LogEventJson.Options) + "\n",
    };
}

using System.Text.Json.Serialization;

namespace ItbPlanner.App.Output.Json;

/// <summary>Source-generated JSON metadata for <c>itb timeline --json</c>: camelCase, absent fields left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TherapyTimelineJson))]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;

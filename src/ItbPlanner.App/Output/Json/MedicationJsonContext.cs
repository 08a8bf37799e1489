using System.Text.Json.Serialization;

namespace ItbPlanner.App.Output.Json;

/// <summary>Source-generated JSON metadata for the oral medication commands (<c>itb oral-wean</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(OralWeanJson))]
internal sealed partial class MedicationJsonContext : JsonSerializerContext;

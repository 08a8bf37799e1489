using System.Text.Json.Serialization;

namespace ItbPlanner.App.Output.Json;

/// <summary>Source-generated JSON metadata for the screening, start-dose, titrate and maintenance-change commands.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ScreeningPlanJson))]
[JsonSerializable(typeof(StartDoseJson))]
[JsonSerializable(typeof(TitrationJson))]
[JsonSerializable(typeof(MaintenanceChangeJson))]
internal sealed partial class WorkflowJsonContext : JsonSerializerContext;

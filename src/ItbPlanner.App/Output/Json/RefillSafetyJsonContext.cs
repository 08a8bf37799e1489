using System.Text.Json.Serialization;

namespace ItbPlanner.App.Output.Json;

/// <summary>Source-generated JSON metadata for the reconcile, concentration-change and flex commands.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReconcileJson))]
[JsonSerializable(typeof(ConcentrationChangeJson))]
[JsonSerializable(typeof(ConstantFlowJson))]
[JsonSerializable(typeof(FlexJson))]
internal sealed partial class RefillSafetyJsonContext : JsonSerializerContext;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb convert --json</c> contract: <c>{ "value": 7.75, "unit": "mcg/h" }</c>.</summary>
internal sealed record ConvertJson(decimal Value, string Unit);

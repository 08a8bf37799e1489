using System.Text.Json;
using System.Text.Json.Serialization;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Json;

/// <summary>Body weight as a bare number of kilograms (JSON <c>weightKg</c>), through decimal only.</summary>
internal sealed class BodyWeightJsonConverter : JsonConverter<BodyWeight>
{
    public override BodyWeight Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(WeightBasedJson.ReadNumber(ref reader, "kg of body weight"));

    public override void Write(Utf8JsonWriter writer, BodyWeight value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Kilograms.Normalize());
}

/// <summary>A dose per body weight as a bare number of g/kg (JSON <c>doseGramsPerKg</c>), through decimal only.</summary>
internal sealed class DosePerBodyWeightJsonConverter : JsonConverter<DosePerBodyWeight>
{
    public override DosePerBodyWeight Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(WeightBasedJson.ReadNumber(ref reader, "g/kg"));

    public override void Write(Utf8JsonWriter writer, DosePerBodyWeight value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.GramsPerKilogram.Normalize());
}

/// <summary>The shared reading of the two.</summary>
internal static class WeightBasedJson
{
    public static decimal ReadNumber(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value)
            ? value
            : throw new JsonException($"Expected a number of {what}.");
}

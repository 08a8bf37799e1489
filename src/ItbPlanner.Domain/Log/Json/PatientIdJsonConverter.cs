using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItbPlanner.Domain.Log.Json;

/// <summary>Writes a <see cref="PatientId"/> as its text.</summary>
internal sealed class PatientIdJsonConverter : JsonConverter<PatientId>
{
    public override PatientId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return PatientId.IsValid(text) ? new PatientId(text!) : throw new JsonException($"'{text}' is not a valid patient id.");
    }

    public override void Write(Utf8JsonWriter writer, PatientId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

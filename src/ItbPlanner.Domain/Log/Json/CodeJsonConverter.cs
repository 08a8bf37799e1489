using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItbPlanner.Domain.Log.Json;

/// <summary>Writes an enum as its frozen kebab-case code from <see cref="LogCodes"/>; reading rejects unknown codes and numbers.</summary>
internal sealed class CodeJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return LogCodes.TryParse<TEnum>(text, out var value)
            ? value
            : throw new JsonException($"Expected one of {string.Join(", ", LogCodes.All<TEnum>())}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LogCodes.Code(value));
}

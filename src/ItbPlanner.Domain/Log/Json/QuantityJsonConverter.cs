using System.Text.Json;
using System.Text.Json.Serialization;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Json;

/// <summary>
/// Writes a quantity as a bare JSON number in one fixed unit, without trailing zeros; the unit is in the property name
/// (<c>doseMcgPerDay</c>), never in the value. The number goes through <see cref="decimal"/> only, never a float.
/// </summary>
internal abstract class QuantityJsonConverter<TQuantity, TUnit>(TUnit unit) : JsonConverter<TQuantity>
    where TQuantity : struct, IQuantity<TQuantity, TUnit>
    where TUnit : struct, Enum
{
    public override TQuantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            throw new JsonException($"Expected a number of {unit} for a {TQuantity.Dimension}.");
        }

        return TQuantity.From(value, unit);
    }

    public override void Write(Utf8JsonWriter writer, TQuantity value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.As(unit).Normalize());
}

/// <summary>Mass in mcg.</summary>
internal sealed class MassJsonConverter() : QuantityJsonConverter<Mass, MassUnit>(MassUnit.Microgram);

/// <summary>Volume in mL.</summary>
internal sealed class VolumeJsonConverter() : QuantityJsonConverter<Volume, VolumeUnit>(VolumeUnit.Milliliter);

/// <summary>Concentration in mcg/mL.</summary>
internal sealed class MassConcentrationJsonConverter() : QuantityJsonConverter<MassConcentration, MassConcentrationUnit>(MassConcentrationUnit.MicrogramPerMilliliter);

/// <summary>Daily dose in mcg/day.</summary>
internal sealed class MassFlowJsonConverter() : QuantityJsonConverter<MassFlow, MassFlowUnit>(MassFlowUnit.MicrogramPerDay);

/// <summary>Pump rate in mL/day.</summary>
internal sealed class VolumeFlowJsonConverter() : QuantityJsonConverter<VolumeFlow, VolumeFlowUnit>(VolumeFlowUnit.MilliliterPerDay);

/// <summary>Duration in hours.</summary>
internal sealed class DurationJsonConverter() : QuantityJsonConverter<Duration, DurationUnit>(DurationUnit.Hour);

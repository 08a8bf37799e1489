using System.Text.Json.Serialization;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>A pump implanted, filled and started (event <c>implant</c>).</summary>
/// <param name="PumpModelId">The pump model, a protocol pump id such as <c>synchromed-ii-40</c>.</param>
/// <param name="FillVolume">The first fill (JSON <c>fillVolumeMl</c>).</param>
/// <param name="Concentration">The strength filled (JSON <c>concentrationMcgPerMl</c>).</param>
/// <param name="Dose">The starting daily dose (JSON <c>doseMcgPerDay</c>).</param>
/// <param name="Rate">The programmed volume rate (JSON <c>rateMlPerDay</c>).</param>
/// <param name="Mode">How the pump delivers the dose.</param>
/// <param name="PumpSerial">The pump's serial number.</param>
/// <param name="Catheter">The catheter implanted.</param>
/// <param name="AlarmDate">The low-reservoir alarm date the programmer showed.</param>
/// <param name="RefillByDate">The date the next refill must happen by.</param>
/// <param name="Compounded">True when the fill is a compounded product (a strength the pharmacy does not stock); absent otherwise, as in logs written before it existed.</param>
public sealed record ImplantPayload(
    string PumpModelId,
    [property: JsonPropertyName("fillVolumeMl")] Volume FillVolume,
    [property: JsonPropertyName("concentrationMcgPerMl")] MassConcentration Concentration,
    [property: JsonPropertyName("doseMcgPerDay")] MassFlow Dose,
    [property: JsonPropertyName("rateMlPerDay")] VolumeFlow? Rate = null,
    DeliveryMode Mode = DeliveryMode.SimpleContinuous,
    string? PumpSerial = null,
    CatheterDetails? Catheter = null,
    DateOnly? AlarmDate = null,
    DateOnly? RefillByDate = null,
    bool? Compounded = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        LogGuards.Required(PumpModelId, "pump");
        LogGuards.OptionalCode(PumpModelId, "pump");
        LogGuards.Positive(FillVolume, "fill volume");
        LogGuards.Positive(Concentration, "concentration");
        LogGuards.Positive(Dose, "dose");
        SmallestDailyDose.Check(Dose, "dose");
        LogGuards.Positive(Rate, "rate");
        LogCodes.Check(Mode, "delivery mode");
        LogGuards.Optional(PumpSerial, "pump serial");
        LogGuards.OptionalCode(Catheter?.ModelId, "catheter model");
    }
}

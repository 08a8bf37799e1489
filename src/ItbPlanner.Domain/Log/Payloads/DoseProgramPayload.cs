using System.Text.Json.Serialization;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The pump programmed to a new daily dose (event <c>dose-program</c>), with the program it replaced.</summary>
/// <param name="Dose">The new daily dose (JSON <c>doseMcgPerDay</c>).</param>
/// <param name="Concentration">The strength in the reservoir (JSON <c>concentrationMcgPerMl</c>).</param>
/// <param name="Rate">The programmed volume rate (JSON <c>rateMlPerDay</c>).</param>
/// <param name="Mode">How the pump delivers the dose.</param>
/// <param name="PreviousDose">The daily dose before (JSON <c>previousDoseMcgPerDay</c>).</param>
/// <param name="PreviousConcentration">The strength before (JSON <c>previousConcentrationMcgPerMl</c>).</param>
/// <param name="PreviousRate">The volume rate before (JSON <c>previousRateMlPerDay</c>).</param>
/// <param name="PreviousMode">The delivery mode before.</param>
/// <param name="OverrideReason">Why a protocol limit was overridden, when one was.</param>
/// <param name="AlarmDate">The new low-reservoir alarm date.</param>
/// <param name="RefillByDate">The new refill-by date.</param>
/// <param name="Phase">Which limits the change was held to (titration steps or a maintenance change); null keeps the course's phase.</param>
public sealed record DoseProgramPayload(
    [property: JsonPropertyName("doseMcgPerDay")] MassFlow Dose,
    [property: JsonPropertyName("concentrationMcgPerMl")] MassConcentration Concentration,
    [property: JsonPropertyName("rateMlPerDay")] VolumeFlow? Rate = null,
    DeliveryMode Mode = DeliveryMode.SimpleContinuous,
    [property: JsonPropertyName("previousDoseMcgPerDay")] MassFlow? PreviousDose = null,
    [property: JsonPropertyName("previousConcentrationMcgPerMl")] MassConcentration? PreviousConcentration = null,
    [property: JsonPropertyName("previousRateMlPerDay")] VolumeFlow? PreviousRate = null,
    DeliveryMode? PreviousMode = null,
    string? OverrideReason = null,
    DateOnly? AlarmDate = null,
    DateOnly? RefillByDate = null,
    DosePhase? Phase = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        LogGuards.Positive(Dose, "dose");
        SmallestDailyDose.Check(Dose, "dose");
        LogGuards.Positive(Concentration, "concentration");
        LogGuards.Positive(Rate, "rate");
        LogCodes.Check(Mode, "delivery mode");
        LogGuards.Positive(PreviousDose, "previous dose");
        LogGuards.Positive(PreviousConcentration, "previous concentration");
        LogGuards.Positive(PreviousRate, "previous rate");
        if (PreviousMode is { } previous)
        {
            LogCodes.Check(previous, "previous delivery mode");
        }

        LogGuards.Optional(OverrideReason, "override reason");
        if (Phase is { } phase)
        {
            LogCodes.Check(phase, "dose phase");
        }
    }
}

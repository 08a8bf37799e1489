using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>A screening bolus given (event <c>screening-bolus</c>).</summary>
/// <param name="Dose">The bolus dose (JSON <c>doseMcg</c>).</param>
/// <param name="Concentration">The strength used, normally 50 mcg/mL (JSON <c>concentrationMcgPerMl</c>).</param>
/// <param name="Volume">The volume injected (JSON <c>volumeMl</c>).</param>
/// <param name="Route">Lumbar puncture or spinal catheter.</param>
/// <param name="BolusNumber">Which bolus of the trial this is: 1, 2, 3.</param>
public sealed record ScreeningBolusPayload(
    [property: JsonPropertyName("doseMcg")] Mass Dose,
    [property: JsonPropertyName("concentrationMcgPerMl")] MassConcentration? Concentration = null,
    [property: JsonPropertyName("volumeMl")] Volume? Volume = null,
    ScreeningRoute? Route = null,
    int? BolusNumber = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        LogGuards.Positive(Dose, "dose");
        LogGuards.Positive(Concentration, "concentration");
        LogGuards.Positive(Volume, "volume");
        if (Route is { } route)
        {
            LogCodes.Check(route, "screening route");
        }

        if (BolusNumber is < 1)
        {
            throw new InvalidInputException("bolus number", $"The bolus number must be 1 or more; got {BolusNumber}.");
        }

        if (Concentration is { } strength && Volume is { } volume && strength.DrugIn(volume) != Dose)
        {
            throw new InvalidInputException(
                "volume",
                $"{volume} at {strength} holds {strength.DrugIn(volume)}, not the {Dose} recorded: correct the dose, volume or concentration.");
        }
    }
}

using System.Text.Json.Serialization;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>A pump refill (event <c>refill</c>).</summary>
/// <param name="Aspirated">The residual volume drawn out of the reservoir (JSON <c>aspiratedMl</c>).</param>
/// <param name="FillVolume">The volume put in (JSON <c>fillVolumeMl</c>).</param>
/// <param name="Concentration">The strength put in (JSON <c>concentrationMcgPerMl</c>).</param>
/// <param name="ExpectedResidual">The residual the programmer expected (JSON <c>expectedResidualMl</c>).</param>
/// <param name="Lot">The drug's lot number.</param>
/// <param name="AlarmDate">The next low-reservoir alarm date the programmer showed.</param>
/// <param name="RefillByDate">The date the next refill must happen by.</param>
/// <param name="Compounded">True when the fill is a compounded product (a strength the pharmacy does not stock); absent otherwise, as in logs written before it existed.</param>
public sealed record RefillPayload(
    [property: JsonPropertyName("aspiratedMl")] Volume Aspirated,
    [property: JsonPropertyName("fillVolumeMl")] Volume FillVolume,
    [property: JsonPropertyName("concentrationMcgPerMl")] MassConcentration Concentration,
    [property: JsonPropertyName("expectedResidualMl")] Volume? ExpectedResidual = null,
    string? Lot = null,
    DateOnly? AlarmDate = null,
    DateOnly? RefillByDate = null,
    bool? Compounded = null) : EventPayload
{
    /// <summary>Expected minus aspirated residual: positive when less came back than expected (over-infusion, leak, pocket).</summary>
    [JsonIgnore]
    public Volume? ResidualGap => ExpectedResidual is { } expected ? expected - Aspirated : null;

    /// <inheritdoc/>
    public override void Validate()
    {
        LogGuards.NotNegative(Aspirated, "aspirated volume");
        LogGuards.Positive(FillVolume, "fill volume");
        LogGuards.Positive(Concentration, "concentration");
        LogGuards.NotNegative(ExpectedResidual, "expected residual");
        LogGuards.Optional(Lot, "lot");
    }
}

using System.Text.Json.Serialization;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The clinician's conclusion of the screening trial (event <c>screening-outcome</c>).</summary>
/// <param name="Outcome">Positive (a candidate) or negative.</param>
/// <param name="EffectiveDose">The bolus that worked, which sets the starting dose (JSON <c>effectiveDoseMcg</c>).</param>
/// <param name="EffectDuration">How long its effect lasted (JSON <c>effectHours</c>).</param>
/// <param name="AdverseReaction">Whether the effective bolus caused an adverse reaction.</param>
public sealed record ScreeningOutcomePayload(
    TrialOutcome Outcome,
    [property: JsonPropertyName("effectiveDoseMcg")] Mass? EffectiveDose = null,
    [property: JsonPropertyName("effectHours")] Duration? EffectDuration = null,
    bool AdverseReaction = false) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        LogCodes.Check(Outcome, "screening outcome");
        LogGuards.Positive(EffectiveDose, "effective dose");
        LogGuards.NotNegative(EffectDuration, "effect duration");
    }
}

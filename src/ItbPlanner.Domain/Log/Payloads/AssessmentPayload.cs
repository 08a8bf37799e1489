using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>Spasticity scores assessed at one time (event <c>assessment</c>). Equality compares the scores in order.</summary>
/// <param name="Scores">At least one score.</param>
/// <param name="AfterBolus">Time since the screening bolus, when this is a screening observation (JSON <c>afterBolusHours</c>).</param>
/// <param name="Notes">Anything else observed.</param>
public sealed record AssessmentPayload(
    IReadOnlyList<AssessmentScore> Scores,
    [property: JsonPropertyName("afterBolusHours")] Duration? AfterBolus = null,
    string? Notes = null) : EventPayload
{
    /// <inheritdoc/>
    public bool Equals(AssessmentPayload? other) =>
        other is not null && Scores.SequenceEqual(other.Scores) && AfterBolus == other.AfterBolus && Notes == other.Notes;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scores.Count, AfterBolus, Notes);

    /// <inheritdoc/>
    public override void Validate()
    {
        if (Scores is null || Scores.Count == 0)
        {
            throw new InvalidInputException("scores", "An assessment needs at least one score.");
        }

        foreach (var score in Scores)
        {
            LogGuards.OptionalCode(score.Scale, "scale");
            LogGuards.Required(score.Score, "score");
            LogGuards.Optional(score.Site, "site");
        }

        LogGuards.NotNegative(AfterBolus, "time after bolus");
        LogGuards.Optional(Notes, "notes");
    }
}

using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>The screening trial's outcome.</summary>
/// <param name="Outcome">Positive (a candidate) or negative.</param>
/// <param name="EffectDuration">How long the effective bolus worked.</param>
/// <param name="EffectiveDose">The bolus that worked (default for a positive outcome: the last bolus given).</param>
/// <param name="AdverseReaction">The effective bolus caused an adverse reaction.</param>
public sealed record ScreeningOutcomeEntry(TrialOutcome Outcome, Duration? EffectDuration = null, Mass? EffectiveDose = null, bool AdverseReaction = false) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.ScreeningOutcome;
}

using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A screening bolus given.</summary>
/// <param name="Dose">The bolus dose.</param>
/// <param name="Concentration">The strength used (default: the protocol's screening strength, the only one accepted).</param>
/// <param name="Volume">The volume injected (default: dose ÷ concentration).</param>
/// <param name="Route">How it was given.</param>
/// <param name="Number">Which bolus of the trial (default: the next).</param>
public sealed record ScreeningBolusEntry(Mass Dose, MassConcentration? Concentration = null, Volume? Volume = null, ScreeningRoute? Route = null, int? Number = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.ScreeningBolus;
}

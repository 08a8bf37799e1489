using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A new pump program; the program it replaces is recorded with it.</summary>
/// <param name="Dose">The new daily dose.</param>
/// <param name="Concentration">The concentration in the reservoir (default: the program in force's).</param>
/// <param name="Rate">The programmed volume rate (default: dose ÷ concentration).</param>
/// <param name="Mode">The delivery mode (default: the program in force's, else simple continuous).</param>
/// <param name="OverrideReason">Why a protocol limit is overridden; logged with the program.</param>
/// <param name="Phase">Which limits apply: titration or maintenance (default: the course's current phase).</param>
/// <param name="AlarmDate">The low-reservoir alarm date from the programmer.</param>
/// <param name="RefillByDate">The date the next refill must happen by.</param>
public sealed record DoseProgramEntry(MassFlow Dose, MassConcentration? Concentration = null, VolumeFlow? Rate = null, DeliveryMode? Mode = null, string? OverrideReason = null, DosePhase? Phase = null, DateOnly? AlarmDate = null, DateOnly? RefillByDate = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.DoseProgram;
}

using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.OralWean;

/// <summary>
/// Oral baclofen as the patient's log has it at a moment: the newest oral baclofen entry (a dose every so often, not a
/// stop), and the wean in progress, if the entries before it step the daily total down. Immutable.
/// </summary>
/// <param name="Entry">The newest oral baclofen entry in force.</param>
/// <param name="Dose">Each dose.</param>
/// <param name="Every">Time between doses.</param>
/// <param name="DailyTotal">The daily total in force: dose × 24 h ÷ interval.</param>
/// <param name="WeanFrom">
/// The daily total the wean in progress started from: the total before the newest unbroken run of reductions, each within
/// <see cref="OralBaclofenLog.WeanLapsesAfter"/> of the next (the newest, of the visit); the total in force when the newest
/// entry is not such a reduction.
/// </param>
/// <param name="WeanStartedAt">When the first reduction of the wean in progress was logged; null when no wean is in progress.</param>
public sealed record OralBaclofenInForce(LogEvent Entry, Mass Dose, Duration Every, MassFlow DailyTotal, MassFlow WeanFrom, DateTimeOffset? WeanStartedAt)
{
    /// <summary>When the dose in force was logged.</summary>
    public DateTimeOffset Since => Entry.OccurredAt;

    /// <summary>Whether a wean is in progress (the newest entries step the daily total down).</summary>
    public bool Weaning => WeanStartedAt is not null;
}

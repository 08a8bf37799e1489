using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A logged plan (implant, dose program, refill) entered into the pump and running in the intended mode.</summary>
/// <param name="PlanSeq">The plan event transferred (default: the newest pending plan).</param>
/// <param name="Notes">How it was checked.</param>
public sealed record ProgramTransferEntry(long? PlanSeq = null, string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.ProgramTransferred;
}

using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>The patient is not a candidate for an implant.</summary>
/// <param name="Reason">Why.</param>
public sealed record CandidacyDeclinedEntry(string Reason) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.CandidacyDeclined;
}

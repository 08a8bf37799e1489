using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>Signs of baclofen withdrawal and what was done.</summary>
/// <param name="Symptoms">What was seen.</param>
/// <param name="Action">What was done.</param>
public sealed record WithdrawalEmergencyEntry(string Symptoms, string? Action = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.WithdrawalEmergency;
}

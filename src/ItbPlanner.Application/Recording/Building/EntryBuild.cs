using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>What an entry logs: its payload, events appended before it (a new program a refill runs under) and after it (companions such as the patient's new pump), all or none.</summary>
/// <param name="Payload">The entry's own payload.</param>
/// <param name="Companions">Events appended after it.</param>
/// <param name="Preceding">Events appended before it.</param>
internal sealed record EntryBuild(EventPayload Payload, IReadOnlyList<NewEvent>? Companions = null, IReadOnlyList<NewEvent>? Preceding = null)
{
    /// <summary>A payload alone.</summary>
    public static implicit operator EntryBuild(EventPayload payload) => new(payload);
}

using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// One recorded event exactly as stored: nothing here is ever changed after recording. Its <see cref="Hash"/> seals every
/// other field (see <see cref="EventHash"/>) and <see cref="PrevHash"/> chains it to the patient's previous event, so an
/// edit anywhere in a patient's history shows up when the chain is verified (<see cref="HashChain"/>).
/// </summary>
/// <param name="PatientId">Whose log this is.</param>
/// <param name="Seq">Position in the patient's log: 1 (the registration), 2, 3, … without gaps.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="RecordedAt">When it was written to the log (UTC), from the clock the recorder was given.</param>
/// <param name="Author">Who recorded it.</param>
/// <param name="Kind">What it records.</param>
/// <param name="PayloadJson">The payload as stored (see <see cref="LogJson"/>); <see cref="ReadPayload"/> types it.</param>
/// <param name="Reason">Why, when given.</param>
/// <param name="CorrectsSeq">The earlier event this one corrects, if any.</param>
/// <param name="PrevHash">The previous event's hash, or <see cref="EventHash.Genesis"/> for sequence 1.</param>
/// <param name="Hash">SHA-256 of the canonical form, lowercase hex.</param>
public sealed record LogEvent(
    PatientId PatientId,
    long Seq,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string Author,
    EventKind Kind,
    string PayloadJson,
    string? Reason,
    long? CorrectsSeq,
    string PrevHash,
    string Hash)
{
    /// <summary>The typed payload.</summary>
    /// <exception cref="EventPayloadException">The stored JSON is not a valid payload of <see cref="Kind"/>.</exception>
    public EventPayload ReadPayload() => LogJson.Deserialize(Kind, PayloadJson);

    /// <summary>The typed payload, when it is of the type asked for.</summary>
    /// <exception cref="EventPayloadException">The stored JSON is not a valid payload of <see cref="Kind"/>.</exception>
    public TPayload? ReadPayload<TPayload>()
        where TPayload : EventPayload => LogJson.PayloadTypeOf(Kind) == typeof(TPayload) ? (TPayload)ReadPayload() : null;

    /// <summary>Whether <see cref="Hash"/> matches the other fields.</summary>
    public bool IsSealed => string.Equals(EventHash.Compute(this), Hash, StringComparison.Ordinal);
}

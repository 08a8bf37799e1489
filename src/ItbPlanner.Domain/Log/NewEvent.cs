using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// An event about to be recorded: what happened, when, who says so and why. The log gives it its sequence number,
/// recording time and hashes (<see cref="Seal"/>). Checked on construction: the payload is valid, the author is named,
/// a correction points at an earlier event and says why.
/// </summary>
public sealed class NewEvent
{
    /// <summary>The longest author name accepted.</summary>
    public const int MaxAuthorLength = 200;

    /// <summary>Creates the event.</summary>
    /// <param name="patientId">Whose log.</param>
    /// <param name="occurredAt">When it happened; stored in UTC.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="payload">What it says; its type sets the kind.</param>
    /// <param name="reason">Why; blank means none. Required when <paramref name="correctsSeq"/> is given.</param>
    /// <param name="correctsSeq">The earlier event this corrects: required for a <c>correction</c>, allowed for any kind but a registration.</param>
    /// <exception cref="InvalidInputException">An input is impossible; the message names it.</exception>
    public NewEvent(PatientId patientId, DateTimeOffset occurredAt, string author, EventPayload payload, string? reason = null, long? correctsSeq = null)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (patientId.Value is null)
        {
            throw new InvalidInputException("patient", "The patient id is missing.");
        }

        author = author?.Trim() ?? string.Empty;
        LogGuards.Required(author, "author");
        if (author.Length > MaxAuthorLength || author.Any(char.IsControl))
        {
            throw new InvalidInputException("author", $"The author must be one line of at most {MaxAuthorLength} characters.");
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        LogGuards.Optional(reason, "reason");
        payload.Validate();
        CheckCorrection(payload.Kind, reason, correctsSeq);
        CheckPatientMatches(patientId, payload);

        PatientId = patientId;
        OccurredAt = occurredAt.ToUniversalTime();
        Author = author;
        Payload = payload;
        Reason = reason;
        CorrectsSeq = correctsSeq;
    }

    /// <summary>Whose log.</summary>
    public PatientId PatientId { get; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>Who records it (trimmed).</summary>
    public string Author { get; }

    /// <summary>What it says.</summary>
    public EventPayload Payload { get; }

    /// <summary>The kind, from the payload's type.</summary>
    public EventKind Kind => Payload.Kind;

    /// <summary>Why (trimmed), or null.</summary>
    public string? Reason { get; }

    /// <summary>The earlier event this corrects, or null.</summary>
    public long? CorrectsSeq { get; }

    /// <summary>
    /// The stored event: given its place in the patient's log, the time of recording and the previous event's hash,
    /// serialises the payload and computes the hash.
    /// </summary>
    /// <param name="seq">Its sequence number: 1 for a registration, else the previous event's plus one.</param>
    /// <param name="recordedAt">Now, from the recorder's clock.</param>
    /// <param name="prevHash">The previous event's hash, or <see cref="EventHash.Genesis"/> for sequence 1.</param>
    /// <exception cref="InvalidInputException">The event happened after <paramref name="recordedAt"/>, corrects an event that
    /// does not precede it, or is a registration anywhere but first.</exception>
    public LogEvent Seal(long seq, DateTimeOffset recordedAt, string prevHash)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seq, 1);
        ArgumentNullException.ThrowIfNull(prevHash);
        if ((seq == 1) != (Kind == EventKind.PatientRegistered))
        {
            throw new InvalidInputException(
                "kind",
                seq == 1
                    ? $"Patient {PatientId} is not registered: register the patient before recording a {LogCodes.Code(Kind)} event."
                    : $"Patient {PatientId} is already registered: record a patient-updated event to change their details.");
        }

        if (OccurredAt > recordedAt)
        {
            throw new InvalidInputException(
                "at",
                $"The event happened at {LogTimestamp.Format(OccurredAt)}, after it is being recorded ({LogTimestamp.Format(recordedAt)}): an event is recorded after it happens.");
        }

        if (CorrectsSeq >= seq)
        {
            throw new InvalidInputException("corrects", $"Event {seq} cannot correct event {CorrectsSeq}: a correction points at an earlier event.");
        }

        var unsealed = new LogEvent(PatientId, seq, OccurredAt, recordedAt.ToUniversalTime(), Author, Kind, LogJson.Serialize(Payload), Reason, CorrectsSeq, prevHash, string.Empty);
        return unsealed with { Hash = EventHash.Compute(unsealed) };
    }

    private static void CheckCorrection(EventKind kind, string? reason, long? correctsSeq)
    {
        if (kind == EventKind.Correction && correctsSeq is null)
        {
            throw new InvalidInputException("corrects", "A correction must name the event it corrects (its sequence number).");
        }

        if (correctsSeq is null)
        {
            return;
        }

        if (correctsSeq < 1)
        {
            throw new InvalidInputException("corrects", $"The corrected event's sequence number must be 1 or more; got {correctsSeq}.");
        }

        if (kind == EventKind.PatientRegistered)
        {
            throw new InvalidInputException("corrects", "A registration corrects nothing: record a patient-updated event instead.");
        }

        if (reason is null)
        {
            throw new InvalidInputException("reason", $"A correction of event {correctsSeq} must say why (a reason).");
        }
    }

    private static void CheckPatientMatches(PatientId patientId, EventPayload payload)
    {
        var inPayload = payload switch
        {
            PatientRegisteredPayload registered => registered.Patient.Id,
            PatientUpdatedPayload updated => updated.Patient.Id,
            _ => patientId,
        };
        if (inPayload != patientId)
        {
            throw new InvalidInputException("patient", $"The details are for patient {inPayload}, not {patientId}: a patient's id never changes.");
        }
    }
}

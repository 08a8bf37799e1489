using System.Text.Json;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Log.Snapshots;

/// <summary>
/// Course snapshots under one protocol (issue 13): a patient's record (<see cref="TherapyRecord"/>, its course included)
/// saved with the head of the chain it was read up to, so that an append or a read replays only the events after it.
/// A snapshot is a cache, never history: one whose version, protocol, patient or head does not match, or that cannot be
/// read, is ignored and the log read again whole; so is one followed by a correction or a late entry.
/// </summary>
/// <param name="protocol">The protocol the courses follow: its workflow rebuilds a course, so a snapshot read under another protocol is not used.</param>
public sealed class CourseSnapshots(Protocol protocol)
{
    /// <summary>The snapshot format's version: a snapshot of another version is ignored and rebuilt.</summary>
    public const int Version = 2;

    private readonly Protocol protocol = protocol ?? throw new ArgumentNullException(nameof(protocol));

    /// <summary>The protocol the snapshots are read under.</summary>
    public Protocol Protocol => protocol;

    /// <summary>What identifies the protocol's content (<see cref="Protocol.Fingerprint"/>, else its title for a protocol built in code).</summary>
    public string Fingerprint => protocol.Fingerprint ?? $"untracked:{protocol.Title}";

    /// <summary>Reads a patient's whole log into a record that can be saved as a snapshot (see <see cref="TherapyRecord"/>'s bounded reading).</summary>
    /// <param name="stored">Every stored event of the patient, the registration included.</param>
    /// <exception cref="ArgumentException">The events hold no registration.</exception>
    /// <exception cref="EventPayloadException">A standing event's payload cannot be read.</exception>
    public TherapyRecord Rebuild(IEnumerable<LogEvent> stored) => TherapyRecord.Rebuild(protocol, stored);

    /// <summary>
    /// The record from a stored snapshot and the events stored after its head, or null when the snapshot cannot be used
    /// (unreadable, another version, protocol, patient or head; a correction or late entry after it): then
    /// <see cref="Rebuild"/> from the whole log.
    /// </summary>
    /// <param name="patient">Whose snapshot it is.</param>
    /// <param name="json">The stored snapshot.</param>
    /// <param name="headSeq">The sequence number the snapshot is stored under.</param>
    /// <param name="chainHash">The chain's hash at that sequence number today (null when the chain has no such event).</param>
    /// <param name="after">The events after <paramref name="headSeq"/>, in sequence order.</param>
    public TherapyRecord? Resume(PatientId patient, string json, long headSeq, string? chainHash, IEnumerable<LogEvent> after)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(after);
        if (chainHash is null || Read(json) is not { } body
            || body.Version != Version
            || !string.Equals(body.Protocol, Fingerprint, StringComparison.Ordinal)
            || !string.Equals(body.PatientId, patient.Value, StringComparison.Ordinal)
            || body.HeadSeq != headSeq
            || !string.Equals(body.HeadHash, chainHash, StringComparison.Ordinal)
            || body.Record.Patient.Id != patient)
        {
            return null;
        }

        try
        {
            return TherapyRecord.Resume(protocol, body.Record, after);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or Errors.InvalidInputException)
        {
            return null; // a state no course can be in: the snapshot was not written by this build, or was edited
        }
    }

    /// <summary>Reads on a resumable record with events stored after it, or null when they cannot simply follow it (see <see cref="Resume"/>).</summary>
    /// <exception cref="InvalidOperationException">The record is not resumable (not from <see cref="Rebuild"/> or <see cref="Resume"/>).</exception>
    public TherapyRecord? Continue(TherapyRecord record, IEnumerable<LogEvent> after)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TherapyRecord.Resume(protocol, record.State(), after);
    }

    /// <summary>The snapshot of a resumable record read up to a chain head, as stored.</summary>
    /// <exception cref="InvalidOperationException">The record is not resumable (not from <see cref="Rebuild"/> or <see cref="Resume"/>).</exception>
    public string Take(TherapyRecord record, long headSeq, string headHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(headHash);
        var body = new SnapshotBody(Version, Fingerprint, record.Patient.Id.Value, headSeq, headHash, record.State());
        return JsonSerializer.Serialize(body, SnapshotJsonContext.Default.SnapshotBody);
    }

    private static SnapshotBody? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.SnapshotBody);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or OverflowException or Errors.InvalidInputException)
        {
            return null;
        }
    }
}

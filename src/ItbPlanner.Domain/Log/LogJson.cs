using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ItbPlanner.Domain.Log.Json;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// The JSON form of event payloads and patients, and which payload type belongs to which <see cref="EventKind"/>.
/// Quantities are bare numbers in the unit their field name spells (<c>doseMcgPerDay</c>, <c>concentrationMcgPerMl</c>,
/// <c>aspiratedMl</c>, <c>effectHours</c>); enums are their <see cref="LogCodes"/>; absent optional fields are omitted.
/// Output is compact and deterministic for a given payload.
/// </summary>
public static class LogJson
{
    private static readonly (EventKind Kind, JsonTypeInfo Info)[] Catalog =
    [
        (EventKind.PatientRegistered, LogJsonContext.Default.PatientRegisteredPayload),
        (EventKind.ScreeningBolus, LogJsonContext.Default.ScreeningBolusPayload),
        (EventKind.Assessment, LogJsonContext.Default.AssessmentPayload),
        (EventKind.ScreeningOutcome, LogJsonContext.Default.ScreeningOutcomePayload),
        (EventKind.Implant, LogJsonContext.Default.ImplantPayload),
        (EventKind.DoseProgram, LogJsonContext.Default.DoseProgramPayload),
        (EventKind.Refill, LogJsonContext.Default.RefillPayload),
        (EventKind.AlarmRaised, LogJsonContext.Default.AlarmRaisedPayload),
        (EventKind.AlarmAcknowledged, LogJsonContext.Default.AlarmAcknowledgedPayload),
        (EventKind.Note, LogJsonContext.Default.NotePayload),
        (EventKind.Correction, LogJsonContext.Default.CorrectionPayload),
        (EventKind.PatientUpdated, LogJsonContext.Default.PatientUpdatedPayload),
        (EventKind.ScreeningScheduled, LogJsonContext.Default.ScreeningScheduledPayload),
        (EventKind.ImplantScheduled, LogJsonContext.Default.ImplantScheduledPayload),
        (EventKind.TherapySuspended, LogJsonContext.Default.TherapySuspendedPayload),
        (EventKind.TherapyResumed, LogJsonContext.Default.TherapyResumedPayload),
        (EventKind.Explant, LogJsonContext.Default.ExplantPayload),
        (EventKind.WithdrawalEmergency, LogJsonContext.Default.WithdrawalEmergencyPayload),
        (EventKind.ProgramTransferred, LogJsonContext.Default.ProgramTransferredPayload),
        (EventKind.CandidacyDeclined, LogJsonContext.Default.CandidacyDeclinedPayload),
        (EventKind.Medication, LogJsonContext.Default.MedicationPayload),
        (EventKind.Ivig, LogJsonContext.Default.IvigPayload),
        (EventKind.PlasmaExchange, LogJsonContext.Default.PlasmaExchangePayload),
    ];

    private static readonly Dictionary<EventKind, JsonTypeInfo> ByKind = Catalog.ToDictionary(e => e.Kind, e => e.Info);
    private static readonly Dictionary<Type, EventKind> ByType = Catalog.ToDictionary(e => e.Info.Type, e => e.Kind);

    /// <summary>The options the payload JSON is written with (read-only), for callers embedding payloads in larger documents.</summary>
    public static JsonSerializerOptions Options => LogJsonContext.Default.Options;

    /// <summary>The payload type of a kind, e.g. <see cref="RefillPayload"/> for <see cref="EventKind.Refill"/>.</summary>
    public static Type PayloadTypeOf(EventKind kind) => InfoOf(kind).Type;

    /// <summary>The kind a payload type belongs to.</summary>
    /// <exception cref="ArgumentException">Not a payload type.</exception>
    public static EventKind KindOf(Type payloadType) =>
        ByType.TryGetValue(payloadType, out var kind) ? kind : throw new ArgumentException($"{payloadType.Name} is not an event payload.", nameof(payloadType));

    /// <summary>The payload as compact JSON.</summary>
    public static string Serialize(EventPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return JsonSerializer.Serialize(payload, InfoOf(payload.Kind));
    }

    /// <summary>Reads the payload of an event of a kind.</summary>
    /// <exception cref="EventPayloadException">The JSON is not a valid payload of that kind.</exception>
    public static EventPayload Deserialize(EventKind kind, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var info = InfoOf(kind);
        try
        {
            return JsonSerializer.Deserialize(json, info) as EventPayload
                ?? throw new EventPayloadException(kind, "the payload is null");
        }
        catch (JsonException e)
        {
            throw new EventPayloadException(kind, e.Message, e);
        }
    }

    /// <summary>A patient as compact JSON (the same form as inside registration payloads).</summary>
    public static string Serialize(Patient patient) => JsonSerializer.Serialize(patient, LogJsonContext.Default.Patient);

    private static JsonTypeInfo InfoOf(EventKind kind) =>
        ByKind.TryGetValue(kind, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a known event kind.");
}

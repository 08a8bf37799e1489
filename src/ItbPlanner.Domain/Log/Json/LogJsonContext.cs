using System.Text.Json.Serialization;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Log.Json;

/// <summary>
/// Source-generated JSON for log payloads: camelCase names, units in quantity names, enums as codes, nulls omitted,
/// strict on read (unknown fields, missing required fields and nulls in non-nullable fields are errors).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(MassJsonConverter),
        typeof(VolumeJsonConverter),
        typeof(MassConcentrationJsonConverter),
        typeof(MassFlowJsonConverter),
        typeof(VolumeFlowJsonConverter),
        typeof(DurationJsonConverter),
        typeof(BodyWeightJsonConverter),
        typeof(DosePerBodyWeightJsonConverter),
        typeof(CodeJsonConverter<Population>),
        typeof(CodeJsonConverter<SpasticityOrigin>),
        typeof(CodeJsonConverter<WithdrawalRiskFactor>),
        typeof(CodeJsonConverter<DeliveryMode>),
        typeof(CodeJsonConverter<DosePhase>),
        typeof(CodeJsonConverter<TrialOutcome>),
        typeof(CodeJsonConverter<ScreeningRoute>),
        typeof(CodeJsonConverter<AlarmType>),
        typeof(CodeJsonConverter<EventKind>),
    ])]
[JsonSerializable(typeof(PatientRegisteredPayload))]
[JsonSerializable(typeof(PatientUpdatedPayload))]
[JsonSerializable(typeof(ScreeningBolusPayload))]
[JsonSerializable(typeof(AssessmentPayload))]
[JsonSerializable(typeof(ScreeningOutcomePayload))]
[JsonSerializable(typeof(ImplantPayload))]
[JsonSerializable(typeof(DoseProgramPayload))]
[JsonSerializable(typeof(RefillPayload))]
[JsonSerializable(typeof(AlarmRaisedPayload))]
[JsonSerializable(typeof(AlarmAcknowledgedPayload))]
[JsonSerializable(typeof(NotePayload))]
[JsonSerializable(typeof(MedicationPayload))]
[JsonSerializable(typeof(IvigPayload))]
[JsonSerializable(typeof(PlasmaExchangePayload))]
[JsonSerializable(typeof(CorrectionPayload))]
[JsonSerializable(typeof(ScreeningScheduledPayload))]
[JsonSerializable(typeof(ImplantScheduledPayload))]
[JsonSerializable(typeof(TherapySuspendedPayload))]
[JsonSerializable(typeof(TherapyResumedPayload))]
[JsonSerializable(typeof(ExplantPayload))]
[JsonSerializable(typeof(WithdrawalEmergencyPayload))]
[JsonSerializable(typeof(ProgramTransferredPayload))]
[JsonSerializable(typeof(CandidacyDeclinedPayload))]
[JsonSerializable(typeof(Patient))]
internal sealed partial class LogJsonContext : JsonSerializerContext;

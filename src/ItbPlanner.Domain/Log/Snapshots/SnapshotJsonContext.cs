using System.Text.Json.Serialization;
using ItbPlanner.Domain.Log.Json;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Log.Snapshots;

/// <summary>
/// Source-generated JSON for course snapshots (Native AOT safe): the log's quantity and code converters, nulls written
/// (every field is required on read), computed properties left out, strict on read (a field missing or one this build
/// does not know makes the snapshot unreadable, so it is rebuilt rather than half read).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    IgnoreReadOnlyProperties = true,
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
        typeof(CodeJsonConverter<Population>),
        typeof(CodeJsonConverter<SpasticityOrigin>),
        typeof(CodeJsonConverter<WithdrawalRiskFactor>),
        typeof(CodeJsonConverter<DeliveryMode>),
        typeof(CodeJsonConverter<AlarmType>),
        typeof(CodeJsonConverter<EventKind>),
    ])]
[JsonSerializable(typeof(SnapshotBody))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;

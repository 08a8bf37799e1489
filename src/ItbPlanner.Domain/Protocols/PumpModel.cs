using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>A pump model and the facts ItbPlanner computes with.</summary>
/// <param name="Id">Stable identifier used on the command line, e.g. <c>synchromed-ii-40</c>.</param>
/// <param name="Name">What clinicians call it.</param>
/// <param name="Kind">Programmable or constant flow.</param>
/// <param name="Capacity">Reservoir volume.</param>
/// <param name="LowReservoirAlarm">Volume at which the pump alarms (or, without an alarm, the volume the refill date is taken at).</param>
/// <param name="Accuracy">Flow accuracy limit: the worst-case empty date assumes the pump over-infuses by this much.</param>
/// <param name="MinimumRate">Minimum programmable volume rate, when known.</param>
/// <param name="FixedRate">The fixed rate of a constant-flow pump.</param>
/// <param name="TubingDeadSpace">Internal pump-tubing volume, when known (site-verified).</param>
/// <param name="MaxFlexSteps">Most steps a flex (periodic) schedule may have in a day, when the pump has flex mode.</param>
public sealed record PumpModel(
    string Id,
    string Name,
    PumpKind Kind,
    Setting<Volume> Capacity,
    Setting<Volume> LowReservoirAlarm,
    Setting<Percentage> Accuracy,
    Setting<VolumeFlow>? MinimumRate = null,
    Setting<VolumeFlow>? FixedRate = null,
    Setting<Volume>? TubingDeadSpace = null,
    Setting<int>? MaxFlexSteps = null)
{
    /// <summary>Where the pump was declared, e.g. <c>protocols/default.yaml:40</c>.</summary>
    public string? Location { get; init; }

    /// <summary>
    /// Volume left in the reservoir that the pump cannot deliver (SynchroMed II: up to 1.4 mL), when the protocol gives it:
    /// the pump runs dry for the patient with this much still inside, so empty dates count to it. Null counts as 0 mL.
    /// </summary>
    public Setting<Volume>? NonDeliverableVolume { get; init; }

    /// <summary>The lowest concentration the pump is labelled for, when the label limits it (Prometra II: 500 mcg/mL).</summary>
    public Setting<MassConcentration>? MinimumConcentration { get; init; }

    /// <summary>The highest concentration the pump is labelled for, when the label limits it (Prometra II: 2000 mcg/mL).</summary>
    public Setting<MassConcentration>? MaximumConcentration { get; init; }
}

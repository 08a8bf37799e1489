using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>New rate and bridge bolus for a concentration change.</summary>
/// <param name="Dose">The intended daily dose.</param>
/// <param name="From">The old concentration.</param>
/// <param name="To">The new concentration.</param>
/// <param name="OldRate">Dose ÷ old concentration.</param>
/// <param name="NewRate">Dose ÷ new concentration: the rate to program after the bridge.</param>
/// <param name="DeadSpace">Pump tubing plus catheter volume, holding the old drug.</param>
/// <param name="UnbridgedDose">What the patient gets without a bridge while the old drug clears: new rate × old concentration.</param>
/// <param name="UnbridgedDuration">How long that lasts: dead space ÷ new rate.</param>
/// <param name="UnbridgedDeviation">How far the unbridged dose is from the intended dose, as a share of it.</param>
/// <param name="BridgeVolume">The bridge: the dead space, delivered at the old rate.</param>
/// <param name="BridgeRate">The rate the bridge runs at: the old rate.</param>
/// <param name="BridgeDuration">How long the bridge runs: dead space ÷ old rate.</param>
/// <param name="BridgeDose">The dose rate during the bridge: old rate × old concentration, the intended dose.</param>
/// <param name="Alerts">Findings, most severe first; always <c>BRIDGE_BOLUS_REQUIRED</c>.</param>
/// <param name="Working">How each number was found, with the protocol rules used.</param>
public sealed record ConcentrationChangePlan(
    MassFlow Dose,
    MassConcentration From,
    MassConcentration To,
    VolumeFlow OldRate,
    VolumeFlow NewRate,
    Volume DeadSpace,
    MassFlow UnbridgedDose,
    Duration UnbridgedDuration,
    Percentage UnbridgedDeviation,
    Volume BridgeVolume,
    VolumeFlow BridgeRate,
    Duration BridgeDuration,
    MassFlow BridgeDose,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working);

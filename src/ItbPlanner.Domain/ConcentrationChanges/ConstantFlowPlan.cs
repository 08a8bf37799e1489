using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>The concentration a constant-flow pump needs for a target dose, and how to make it when it is not stocked.</summary>
/// <param name="Pump">The pump.</param>
/// <param name="FixedRate">The pump's fixed rate.</param>
/// <param name="Dose">The target daily dose.</param>
/// <param name="RequiredConcentration">Dose ÷ fixed rate.</param>
/// <param name="Stocked">The stocked refill strength equal to it, if any.</param>
/// <param name="Dilution">How to make it, when no stocked strength equals it.</param>
/// <param name="PreviousDose">Fixed rate × the current concentration, when that was given.</param>
/// <param name="Alerts">Findings, most severe first.</param>
/// <param name="Working">How each number was found, with the protocol rules used.</param>
public sealed record ConstantFlowPlan(
    PumpModel Pump,
    VolumeFlow FixedRate,
    MassFlow Dose,
    MassConcentration RequiredConcentration,
    StockedStrength? Stocked,
    Dilution? Dilution,
    MassFlow? PreviousDose,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working);

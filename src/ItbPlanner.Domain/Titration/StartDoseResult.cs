using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>The post-implant starting daily dose and the rule that set it. Immutable.</summary>
/// <param name="ScreeningDose">The effective screening bolus.</param>
/// <param name="StartDose">The starting daily dose.</param>
/// <param name="Basis">The rule used.</param>
/// <param name="Working">How it was found, citing the protocol.</param>
public sealed record StartDoseResult(Mass ScreeningDose, MassFlow StartDose, StartDoseBasis Basis, IReadOnlyList<string> Working)
{
    /// <summary>The rule's stable code: <c>double-screening-dose</c>, <c>screening-dose-long-effect</c> or <c>screening-dose-adverse-reaction</c>.</summary>
    public string Rule => Basis switch
    {
        StartDoseBasis.DoubleScreeningDose => "double-screening-dose",
        StartDoseBasis.ScreeningDoseLongEffect => "screening-dose-long-effect",
        StartDoseBasis.ScreeningDoseAdverseReaction => "screening-dose-adverse-reaction",
        _ => throw new InvalidOperationException($"Unknown start-dose basis {Basis}."),
    };
}

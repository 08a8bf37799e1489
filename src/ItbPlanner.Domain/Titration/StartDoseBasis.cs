namespace ItbPlanner.Domain.Titration;

/// <summary>Which rule set the post-implant starting dose. Values are frozen: they may be persisted.</summary>
public enum StartDoseBasis
{
    /// <summary>Twice the effective screening bolus over 24 h (code <c>double-screening-dose</c>).</summary>
    DoubleScreeningDose = 1,

    /// <summary>The screening bolus itself over 24 h, because its effect lasted longer than the threshold (code <c>screening-dose-long-effect</c>).</summary>
    ScreeningDoseLongEffect = 2,

    /// <summary>The screening bolus itself over 24 h, because it caused an adverse reaction (code <c>screening-dose-adverse-reaction</c>).</summary>
    ScreeningDoseAdverseReaction = 3,
}

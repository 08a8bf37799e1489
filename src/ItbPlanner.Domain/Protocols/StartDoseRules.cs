using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>The post-implant starting dose and hold.</summary>
/// <param name="Multiplier">Starting daily dose = this × the effective screening bolus, per 24 h (2).</param>
/// <param name="LongEffectThreshold">If the screening effect lasted more than this, start at 1 × the bolus (8 h).</param>
/// <param name="PostImplantHold">No dose increase for this long after infusion starts (24 h).</param>
public sealed record StartDoseRules(Setting<decimal> Multiplier, Setting<Duration> LongEffectThreshold, Setting<Duration> PostImplantHold);

using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>A reservoir fill: the first fill at implant or a refill.</summary>
/// <param name="At">When.</param>
/// <param name="Volume">Volume put in.</param>
/// <param name="Concentration">Its concentration.</param>
/// <param name="Aspirated">Residual drawn out first (refills only).</param>
/// <param name="ExpectedResidual">Residual expected (refills, when recorded).</param>
/// <param name="Seq">The event.</param>
public sealed record FillRecord(DateTimeOffset At, Volume Volume, MassConcentration Concentration, Volume? Aspirated, Volume? ExpectedResidual, long Seq)
{
    /// <summary>True when the fill was recorded as a compounded product.</summary>
    public bool Compounded { get; init; }
}

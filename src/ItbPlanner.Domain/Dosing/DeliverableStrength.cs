using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Dosing;

/// <summary>
/// Which stocked refill strength lets a pump deliver a dose its minimum programmable rate refuses at the strength chosen:
/// a weaker solution needs a higher volume rate for the same dose. Shared by every check of a rate against the pump's
/// minimum (a refill plan, a flex schedule), so they suggest the same strength.
/// </summary>
public static class DeliverableStrength
{
    /// <summary>The strongest stocked refill strength at which <paramref name="dose"/> runs at or above <paramref name="minimumRate"/>, or null when none does.</summary>
    public static MassConcentration? Strongest(Protocol protocol, MassFlow dose, VolumeFlow minimumRate)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var workable = protocol.Strengths
            .Where(s => s.UseForRefill && dose.VolumeFlowAt(s.Concentration.Value) >= minimumRate)
            .Select(s => s.Concentration.Value)
            .ToList();
        return workable.Count == 0 ? null : workable.Max();
    }
}

using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.OralWean;

/// <summary>How many tablets of one strength make part of a daily total. Immutable.</summary>
/// <param name="Strength">The tablet's strength.</param>
/// <param name="Count">How many a day, at least one.</param>
public sealed record TabletCount(Mass Strength, int Count)
{
    /// <summary>"3 × 10 mg".</summary>
    public override string ToString() => $"{Count} × {Strength}";
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>The aspirated residual compared with the expected one.</summary>
/// <param name="DaysElapsed">Whole days from the fill date to the aspiration date.</param>
/// <param name="DailyVolume">The programmed daily volume the expectation used (patient boluses excluded).</param>
/// <param name="ProjectedResidual">Fill volume − programmed daily volume × days − bolus volumes; below zero when the reservoir should have run dry.</param>
/// <param name="LowestExpectedResidual">With a patient-bolus allowance: the residual had every allowed bolus been taken (not below 0 mL); null without one.</param>
/// <param name="ExpectedResidual">
/// The residual the aspirated volume is compared with: the projected residual, or 0 mL when that is below zero (a
/// reservoir cannot hold less than nothing). With a patient-bolus allowance, the point of the range from
/// <paramref name="LowestExpectedResidual"/> to the projected residual nearest the aspirated volume.
/// </param>
/// <param name="Aspirated">The volume drawn back.</param>
/// <param name="Discrepancy">Aspirated − expected: positive when more is left than expected (under-delivery), negative when less is left (over-delivery).</param>
/// <param name="ExpectedDelivered">Fill volume − expected residual: what should have left the reservoir.</param>
/// <param name="Tolerance">The smaller of pump accuracy × expected delivered and the protocol's absolute tolerance.</param>
/// <param name="ExpectedDryDate">The date the reservoir should have run dry, when the projected residual is below zero.</param>
/// <param name="Alerts">Findings, most severe first.</param>
/// <param name="Working">How each number was found, with the protocol rules used.</param>
public sealed record ReconciliationResult(
    int DaysElapsed,
    VolumeFlow DailyVolume,
    Volume ProjectedResidual,
    Volume? LowestExpectedResidual,
    Volume ExpectedResidual,
    Volume Aspirated,
    Volume Discrepancy,
    Volume ExpectedDelivered,
    Volume Tolerance,
    DateOnly? ExpectedDryDate,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>True when the discrepancy is beyond tolerance (either way).</summary>
    public bool BeyondTolerance => Volume.Max(Discrepancy, -Discrepancy) > Tolerance;
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Dosing;

/// <summary>
/// A program's three figures must agree: the volume rate at the reservoir's strength delivers the daily dose. The pump
/// shows its rate rounded (SynchroMed II to thousandths of a mL/day), so up to 2 % is rounding; more is a different dose
/// than the one written down: 100 mcg/day at 500 mcg/mL runs at 0.2 mL/day, and 2 mL/day would give 1000 mcg/day.
/// </summary>
public static class ProgramRate
{
    /// <summary>How far rate × strength may be from the dose, as a fraction of the dose.</summary>
    public const decimal Tolerance = 0.02m;

    /// <summary>The blocking <c>PROGRAM_RATE_MISMATCH</c> alert when the rate does not deliver the dose; else null.</summary>
    /// <param name="dose">The programmed daily dose.</param>
    /// <param name="concentration">The strength in the reservoir.</param>
    /// <param name="rate">The programmed volume rate.</param>
    public static Alert? Mismatch(MassFlow dose, MassConcentration concentration, VolumeFlow rate)
    {
        var delivered = rate * concentration;
        var gap = delivered > dose ? delivered - dose : dose - delivered;
        if (gap <= dose * Tolerance)
        {
            return null;
        }

        return Alert.Critical(
            AlertCodes.ProgramRateMismatch,
            $"{rate} at {concentration} delivers {delivered.Display()}, not the programmed {dose.Display()}: the rate and the dose disagree by more than {Tolerance * 100:0} %. Read the rate and the dose from the pump's programmer again.");
    }
}

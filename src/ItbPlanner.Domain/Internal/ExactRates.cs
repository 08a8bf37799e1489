using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Internal;

/// <summary>
/// Volume rates as exact fractions: a rate that is dose ÷ concentration is kept as that quotient, so that the days and
/// volumes counted from it never inherit the rounding of a decimal division (1000 mcg/day ÷ 1500 mcg/mL is ⅔ mL/day,
/// not 0.6666…67).
/// </summary>
internal static class ExactRates
{
    /// <summary>dose ÷ concentration in mL/day, exactly.</summary>
    public static Fraction Of(MassFlow dose, MassConcentration concentration) =>
        Fraction.Ratio(dose.MicrogramsPerDay, concentration.MicrogramsPerMilliliter);

    /// <summary>
    /// A programmed rate in mL/day, exactly: dose ÷ concentration when the recorded rate is that quotient (as ItbPlanner
    /// records a rate it derived), else the recorded rate itself (a rate typed from the programmer is exact as typed).
    /// </summary>
    public static Fraction Of(VolumeFlow rate, MassFlow dose, MassConcentration concentration) =>
        dose > MassFlow.Zero && concentration > MassConcentration.Zero && dose.VolumeFlowAt(concentration) == rate
            ? Of(dose, concentration)
            : Fraction.Of(rate.MillilitersPerDay);

    /// <summary>The volume a rate delivers over whole days, exactly.</summary>
    public static Fraction Over(Fraction millilitersPerDay, int days) => millilitersPerDay * Fraction.Of(days);

    /// <summary>A volume in mL, rounded once from its exact value.</summary>
    public static Volume ToVolume(this Fraction milliliters) => Volume.FromMilliliters(milliliters.ToDecimal());

    /// <summary>A volume rate in mL/day, rounded once from its exact value.</summary>
    public static VolumeFlow ToVolumeFlow(this Fraction millilitersPerDay) => VolumeFlow.FromMillilitersPerDay(millilitersPerDay.ToDecimal());

    /// <summary>A duration in days, rounded once from its exact value (the whole days are counted from the fraction itself).</summary>
    public static Duration ToDays(this Fraction days) => Duration.FromDays(days.ToDecimal());

    /// <summary>A volume's exact value in mL.</summary>
    public static Fraction Exact(this Volume volume) => Fraction.Of(volume.Milliliters);

    /// <summary>A decimal's exact value.</summary>
    public static Fraction ExactValue(this decimal value) => Fraction.Of(value);
}

using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>
/// How fast the reservoir empties: the daily volume every consumption-dependent date is computed from, the programmed
/// continuous rate the pump must be able to deliver, and the working that derived them. Day counts never divide by the
/// rounded <see cref="DailyVolume"/>: the consumption keeps the dose and the concentration it came from as exact
/// operands, so days = (V − A) × C ÷ D is exact for any dose and strength.
/// </summary>
/// <param name="DailyVolume">Volume leaving the reservoir per day, allowances included (rounded for display when it is a quotient).</param>
/// <param name="ProgrammedRate">The rate the pump is programmed to (checked against the pump's minimum).</param>
/// <param name="Dose">The programmed daily dose the programmed rate delivers.</param>
/// <param name="Working">How the daily volume was derived.</param>
public sealed partial record DailyConsumption(VolumeFlow DailyVolume, VolumeFlow ProgrammedRate, MassFlow Dose, IReadOnlyList<string> Working)
{
    private readonly Fraction? exactProgrammed;
    private readonly Fraction? exactBoluses;

    /// <summary>The concentration in the reservoir the consumption was computed for, when known.</summary>
    public MassConcentration? Concentration { get; init; }

    /// <summary>The programmed daily dose plus every allowed patient bolus: what the patient can receive in a day.</summary>
    public MassFlow DoseWithBoluses => PatientBoluses is { } boluses ? Dose + boluses.DailyAllowance : Dose;

    /// <summary>
    /// The program's volume per day (mL/day), exactly: dose ÷ concentration, never the rounded quotient. A consumption
    /// whose volumes were replaced (<c>with { DailyVolume = … }</c>) counts with the volumes it now holds.
    /// </summary>
    internal Fraction ExactProgrammedVolume
    {
        get => Belongs(exactProgrammed, ProgrammedVolume.MillilitersPerDay);
        init => exactProgrammed = value;
    }

    /// <summary>The patient boluses' volume per day (mL/day), exactly.</summary>
    internal Fraction ExactBolusVolume
    {
        get => Belongs(exactBoluses, PatientBolusVolume.MillilitersPerDay);
        init => exactBoluses = value;
    }

    /// <summary>The daily volume (mL/day), exactly: the program plus every allowed bolus.</summary>
    internal Fraction ExactDailyVolume => ExactProgrammedVolume + ExactBolusVolume;

    /// <summary>A simple continuous program given as a daily dose: Q = dose ÷ concentration.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The dose or the concentration is not positive.</exception>
    public static DailyConsumption FromDose(MassFlow dose, MassConcentration concentration)
    {
        Preconditions.CheckPositive(dose.MicrogramsPerDay, nameof(dose), "The daily dose");
        Preconditions.CheckPositive(concentration.MicrogramsPerMilliliter, nameof(concentration), "The concentration");
        var rate = dose / concentration;
        return new(rate, rate, dose, [$"daily volume Q = dose ÷ concentration = {dose.ToUnit(MassFlowUnit.MicrogramPerDay)} ÷ {concentration.ToUnit(MassConcentrationUnit.MicrogramPerMilliliter)} = {rate.Display()}"])
        {
            Concentration = concentration,
            ExactProgrammedVolume = ExactRates.Of(dose, concentration),
        };
    }

    /// <summary>A simple continuous program given as a volume rate: dose = Q × concentration.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate or the concentration is not positive.</exception>
    public static DailyConsumption FromRate(VolumeFlow rate, MassConcentration concentration)
    {
        Preconditions.CheckPositive(rate.MillilitersPerDay, nameof(rate), "The volume rate");
        Preconditions.CheckPositive(concentration.MicrogramsPerMilliliter, nameof(concentration), "The concentration");
        var daily = rate.ToUnit(VolumeFlowUnit.MilliliterPerDay);
        var dose = daily * concentration;
        return new(daily, daily, dose, [$"daily dose = Q × concentration = {daily} × {concentration.ToUnit(MassConcentrationUnit.MicrogramPerMilliliter)} = {dose.Display()}"])
        {
            Concentration = concentration,
            ExactProgrammedVolume = Fraction.Of(daily.MillilitersPerDay),
        };
    }

    /// <summary>
    /// A program read from the log: its recorded volume rate, in a reservoir filled at <paramref name="reservoir"/>. A rate
    /// that is the program's dose ÷ its concentration (as ItbPlanner records a rate it derived) is counted as that exact
    /// quotient; a rate typed from the programmer counts as typed. The dose delivered is rate × the reservoir's concentration.
    /// </summary>
    /// <param name="dose">The programmed daily dose.</param>
    /// <param name="programmed">The concentration the program was set for.</param>
    /// <param name="rate">The programmed volume rate recorded.</param>
    /// <param name="reservoir">The concentration actually in the reservoir.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rate or the reservoir concentration is not positive.</exception>
    public static DailyConsumption FromProgram(MassFlow dose, MassConcentration programmed, VolumeFlow rate, MassConcentration reservoir)
    {
        var consumption = FromRate(rate, reservoir);
        var exact = ExactRates.Of(rate, dose, programmed);
        return exact == Fraction.Of(rate.MillilitersPerDay)
            ? consumption
            : consumption with
            {
                ExactProgrammedVolume = exact,
                Working =
                [
                    .. consumption.Working,
                    $"Q counted exactly as the program's dose ÷ concentration, {dose.Display()} ÷ {programmed.Display()} (the rate {rate.Display()} is that quotient rounded)",
                ],
            };
    }

    /// <summary>The exact value when it is the one <paramref name="rounded"/> was rounded from (they agree far beyond display), else the decimal itself.</summary>
    private static Fraction Belongs(Fraction? exact, decimal rounded)
    {
        var value = rounded.ExactValue();
        if (exact is not { } e)
        {
            return value;
        }

        var gap = e - value;
        var bound = Fraction.Ratio(1m, 1_000_000_000_000_000_000m) * (Fraction.One + (value.IsNegative ? -value : value));
        return (gap.IsNegative ? -gap : gap) <= bound ? e : value;
    }

    /// <summary>
    /// The formula and its numbers for whole days from a volume: "(V − A) × C ÷ D" with the dose and the concentration as
    /// operands when the concentration is known, else "(V − A) ÷ Q".
    /// </summary>
    /// <param name="volumeName">The volume's symbol, e.g. <c>(V − A)</c>.</param>
    /// <param name="volumeNumbers">The volume's numbers, e.g. <c>(40 mL − 2 mL)</c>.</param>
    /// <param name="factor">A factor on the daily consumption, e.g. <c>(1 + a)</c> for the worst case, with its value.</param>
    internal (string Formula, string Numbers) DaysFrom(string volumeName, string volumeNumbers, (string Name, decimal Value)? factor = null)
    {
        if (Concentration is { } c && c > MassConcentration.Zero)
        {
            var perDay = MassFlow.FromMicrogramsPerDay((ExactDailyVolume * c.MicrogramsPerMilliliter.ExactValue()).ToDecimal());
            var d = PatientBoluses is null ? "D" : "D with every allowed bolus";
            return factor is { } f
                ? ($"{volumeName} × C ÷ ({d} × {f.Name})", $"{volumeNumbers} × {c.Display()} ÷ ({perDay.Display()} × {f.Value.ToInvariant()})")
                : ($"{volumeName} × C ÷ {d}", $"{volumeNumbers} × {c.Display()} ÷ {perDay.Display()}");
        }

        return factor is { } g
            ? ($"{volumeName} ÷ (Q × {g.Name})", $"{volumeNumbers} ÷ ({DailyVolume.Display()} × {g.Value.ToInvariant()})")
            : ($"{volumeName} ÷ Q", $"{volumeNumbers} ÷ {DailyVolume.Display()}");
    }
}

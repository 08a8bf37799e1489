using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>
/// How fast the reservoir empties: the daily volume every consumption-dependent date is computed from, the programmed
/// continuous rate the pump must be able to deliver, and the working that derived them.
/// </summary>
/// <param name="DailyVolume">Volume leaving the reservoir per day, allowances included.</param>
/// <param name="ProgrammedRate">The rate the pump is programmed to (checked against the pump's minimum).</param>
/// <param name="Dose">The programmed daily dose the programmed rate delivers.</param>
/// <param name="Working">How the daily volume was derived.</param>
public sealed partial record DailyConsumption(VolumeFlow DailyVolume, VolumeFlow ProgrammedRate, MassFlow Dose, IReadOnlyList<string> Working)
{
    /// <summary>A simple continuous program given as a daily dose: Q = dose ÷ concentration.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The dose or the concentration is not positive.</exception>
    public static DailyConsumption FromDose(MassFlow dose, MassConcentration concentration)
    {
        Preconditions.CheckPositive(dose.MicrogramsPerDay, nameof(dose), "The daily dose");
        Preconditions.CheckPositive(concentration.MicrogramsPerMilliliter, nameof(concentration), "The concentration");
        var rate = dose / concentration;
        return new(rate, rate, dose, [$"daily volume Q = dose ÷ concentration = {dose.ToUnit(MassFlowUnit.MicrogramPerDay)} ÷ {concentration.ToUnit(MassConcentrationUnit.MicrogramPerMilliliter)} = {rate.Display()}"]);
    }

    /// <summary>A simple continuous program given as a volume rate: dose = Q × concentration.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate or the concentration is not positive.</exception>
    public static DailyConsumption FromRate(VolumeFlow rate, MassConcentration concentration)
    {
        Preconditions.CheckPositive(rate.MillilitersPerDay, nameof(rate), "The volume rate");
        Preconditions.CheckPositive(concentration.MicrogramsPerMilliliter, nameof(concentration), "The concentration");
        var daily = rate.ToUnit(VolumeFlowUnit.MilliliterPerDay);
        var dose = daily * concentration;
        return new(daily, daily, dose, [$"daily dose = Q × concentration = {daily} × {concentration.ToUnit(MassConcentrationUnit.MicrogramPerMilliliter)} = {dose.Display()}"]);
    }
}

using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

// Flex schedules and patient boluses: consumption that a simple continuous dose does not describe.
public sealed partial record DailyConsumption
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>The patient-bolus allowance counted in <see cref="DailyVolume"/>, when the patient has boluses.</summary>
    public PatientBolusAllowance? PatientBoluses { get; init; }

    /// <summary>The volume every allowed patient bolus takes in a day (part of <see cref="DailyVolume"/>); zero without boluses.</summary>
    public VolumeFlow PatientBolusVolume { get; init; }

    /// <summary>The volume the program alone takes in a day: <see cref="DailyVolume"/> without the patient-bolus allowance.</summary>
    public VolumeFlow ProgrammedVolume => DailyVolume - PatientBolusVolume;

    /// <summary>
    /// A flex (periodic) schedule: the daily volume is its 24-hour total; the programmed rate checked against the pump's
    /// minimum is its lowest step's.
    /// </summary>
    public static DailyConsumption FromFlex(FlexPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var lowest = plan.Steps.Select(s => s.Step.Rate).Min();
        var lowestRate = lowest.VolumeFlowAt(plan.Concentration);

        // The 24-hour total exactly: Σ rate × minutes ÷ 1440, since a step in mcg/day over odd minutes has no exact decimal dose.
        var total = Fraction.Zero;
        foreach (var step in plan.Steps)
        {
            var minutes = (step.EndsAtMidnight ? MinutesPerDay : MinutesOf(step.End)) - MinutesOf(step.Step.Start);
            total += step.Step.Rate.MicrogramsPerDay.ExactValue() * Fraction.Of(minutes) / Fraction.Of(MinutesPerDay);
        }

        return new(
            plan.DailyVolume,
            lowestRate,
            plan.DailyDose,
            [
                .. plan.Working,
                $"programmed rate for the pump's minimum: the lowest step, {lowest.Display()} = {lowestRate.Display()}",
                $"daily volume Q = the flex 24-hour total, {plan.DailyVolume.Display()}: every date that depends on consumption uses it",
            ])
        {
            Concentration = plan.Concentration,
            ExactProgrammedVolume = total / plan.Concentration.MicrogramsPerMilliliter.ExactValue(),
        };
    }

    /// <summary>The same program with every allowed patient bolus added to the daily volume.</summary>
    /// <param name="boluses">The allowance.</param>
    /// <param name="concentration">The concentration in the reservoir, to turn the bolus dose into volume.</param>
    /// <exception cref="InvalidInputException">The concentration is not positive.</exception>
    /// <exception cref="InvalidOperationException">An allowance is already counted.</exception>
    public DailyConsumption WithPatientBoluses(PatientBolusAllowance boluses, MassConcentration concentration)
    {
        ArgumentNullException.ThrowIfNull(boluses);
        if (PatientBoluses is not null)
        {
            throw new InvalidOperationException("A patient-bolus allowance is already counted in this consumption.");
        }

        if (concentration <= MassConcentration.Zero)
        {
            throw new InvalidInputException("concentration", $"The concentration must be greater than zero; got {concentration}.");
        }

        var volume = boluses.DailyAllowance.VolumeFlowAt(concentration);
        var total = DailyVolume + volume;
        return this with
        {
            DailyVolume = total,
            PatientBoluses = boluses,
            PatientBolusVolume = volume,
            ExactProgrammedVolume = ExactProgrammedVolume,
            ExactBolusVolume = ExactRates.Of(boluses.DailyAllowance, concentration),
            Working =
            [
                .. Working,
                $"{boluses.Describe()} ÷ {concentration.Display()} = {volume.Display()}, counted in full (every allowed bolus taken)",
                $"daily volume Q = {DailyVolume.Display()} programmed + {volume.Display()} maximum daily patient boluses = {total.Display()}: every date that depends on consumption uses it",
            ],
        };
    }

    private static int MinutesOf(TimeOnly time) => (time.Hour * 60) + time.Minute;
}

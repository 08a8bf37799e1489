using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Consumption;

/// <summary>
/// What a pump takes from its reservoir in a day: the programmed dose (simple continuous, or a flex schedule's 24-hour
/// total) plus, when the patient has boluses, every allowed bolus. Every date that depends on consumption (alarm,
/// empty, worst case, refill-by, expected residual) uses <see cref="DailyVolume"/>.
/// </summary>
public sealed record DailyConsumption
{
    private DailyConsumption(
        ConsumptionBasis basis,
        MassConcentration concentration,
        MassFlow programmedDose,
        VolumeFlow programmedVolume,
        PatientBolusAllowance? boluses,
        IEnumerable<string> programmedWorking)
    {
        Basis = basis;
        Concentration = concentration;
        ProgrammedDose = programmedDose;
        ProgrammedVolume = programmedVolume;
        Boluses = boluses;
        BolusDose = boluses?.DailyAllowance ?? MassFlow.Zero;
        BolusVolume = boluses is null ? VolumeFlow.Zero : BolusDose.VolumeFlowAt(concentration);
        TotalDose = ProgrammedDose + BolusDose;
        DailyVolume = ProgrammedVolume + BolusVolume;

        var working = programmedWorking.ToList();
        if (boluses is not null)
        {
            working.Add($"{boluses.Describe()} ÷ {concentration.Show()} = {BolusVolume.Show()}, counted in full (every allowed bolus taken)");
            var programmed = basis == ConsumptionBasis.Flex ? "flex 24-hour total" : "programmed";
            working.Add(
                $"Daily volume = {ProgrammedVolume.Show()} {programmed} + {BolusVolume.Show()} maximum daily boluses = {DailyVolume.Show()} " +
                $"({TotalDose.Show()}); every date that depends on consumption uses it");
        }
        else if (basis == ConsumptionBasis.Flex)
        {
            working.Add($"Daily volume = the flex 24-hour total, {DailyVolume.Show()}; every date that depends on consumption uses it");
        }

        Working = working;
    }

    /// <summary>How the programmed part was given.</summary>
    public ConsumptionBasis Basis { get; }

    /// <summary>The concentration in the reservoir.</summary>
    public MassConcentration Concentration { get; }

    /// <summary>The programmed daily dose: the continuous dose or the flex schedule's 24-hour total.</summary>
    public MassFlow ProgrammedDose { get; }

    /// <summary>The programmed daily volume.</summary>
    public VolumeFlow ProgrammedVolume { get; }

    /// <summary>The patient-bolus allowance, when the patient has boluses.</summary>
    public PatientBolusAllowance? Boluses { get; }

    /// <summary>The drug every allowed bolus delivers in a day; zero without boluses.</summary>
    public MassFlow BolusDose { get; }

    /// <summary>The volume every allowed bolus takes in a day; zero without boluses.</summary>
    public VolumeFlow BolusVolume { get; }

    /// <summary>Programmed dose plus every allowed bolus.</summary>
    public MassFlow TotalDose { get; }

    /// <summary>The volume taken from the reservoir in a day: programmed plus every allowed bolus.</summary>
    public VolumeFlow DailyVolume { get; }

    /// <summary>How the daily volume was found, one line per step.</summary>
    public IReadOnlyList<string> Working { get; }

    /// <summary>Simple continuous delivery of a daily dose.</summary>
    /// <exception cref="InvalidInputException">The dose or the concentration is not positive.</exception>
    public static DailyConsumption Continuous(MassFlow dose, MassConcentration concentration, PatientBolusAllowance? boluses = null)
    {
        CheckConcentration(concentration);
        if (dose <= MassFlow.Zero)
        {
            throw new InvalidInputException("--dose", $"--dose must be greater than zero; got {dose}.");
        }

        var rate = dose.VolumeFlowAt(concentration);
        return new(
            ConsumptionBasis.ContinuousDose,
            concentration,
            dose,
            rate,
            boluses,
            [$"Daily volume Q = dose ÷ concentration = {dose.Show()} ÷ {concentration.Show()} = {rate.Show()} (simple continuous)"]);
    }

    /// <summary>Simple continuous delivery at a volume rate.</summary>
    /// <exception cref="InvalidInputException">The rate or the concentration is not positive.</exception>
    public static DailyConsumption AtRate(VolumeFlow rate, MassConcentration concentration, PatientBolusAllowance? boluses = null)
    {
        CheckConcentration(concentration);
        if (rate <= VolumeFlow.Zero)
        {
            throw new InvalidInputException("--rate", $"--rate must be greater than zero; got {rate}.");
        }

        var dose = rate.DoseAt(concentration);
        return new(
            ConsumptionBasis.ContinuousRate,
            concentration,
            dose,
            rate,
            boluses,
            [$"Daily volume Q = {rate.Show()} as programmed (simple continuous; dose = {rate.Show()} × {concentration.Show()} = {dose.Show()})"]);
    }

    /// <summary>A flex schedule: its 24-hour total, at the schedule's concentration.</summary>
    public static DailyConsumption Flex(FlexPlan plan, PatientBolusAllowance? boluses = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            ConsumptionBasis.Flex,
            plan.Concentration,
            plan.DailyDose,
            plan.DailyVolume,
            boluses,
            plan.Working);
    }

    private static void CheckConcentration(MassConcentration concentration)
    {
        if (concentration <= MassConcentration.Zero)
        {
            throw new InvalidInputException("--concentration", $"--concentration must be greater than zero; got {concentration}.");
        }
    }
}

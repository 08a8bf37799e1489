using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>
/// Patient-activated boluses (e.g. a myPTM): the dose of one bolus and the most the pump allows in a day. Refill dates
/// assume every allowed bolus is taken, so the reservoir never runs dry earlier than planned.
/// </summary>
public sealed record PatientBolusAllowance
{
    /// <summary>Creates the allowance.</summary>
    /// <exception cref="InvalidInputException">The bolus dose is not positive, or the daily maximum is below one.</exception>
    public PatientBolusAllowance(Mass bolusDose, int maximumPerDay)
    {
        if (bolusDose <= Mass.Zero)
        {
            throw new InvalidInputException("bolus dose", $"The patient bolus must be a dose greater than zero; got {bolusDose}.");
        }

        if (maximumPerDay < 1)
        {
            throw new InvalidInputException(
                "boluses per day",
                $"The most boluses allowed per day must be at least 1; got {maximumPerDay}. Give no patient bolus when the patient has none.");
        }

        BolusDose = bolusDose;
        MaximumPerDay = maximumPerDay;
    }

    /// <summary>The dose of one bolus.</summary>
    public Mass BolusDose { get; }

    /// <summary>The most boluses the pump allows in 24 hours.</summary>
    public int MaximumPerDay { get; }

    /// <summary>The drug every allowed bolus delivers in a day: bolus dose × maximum per day.</summary>
    public MassFlow DailyAllowance => (BolusDose * MaximumPerDay).SpreadOver(Duration.FromDays(1)).ToUnit(MassFlowUnit.MicrogramPerDay);

    /// <summary>The working line for the allowance, e.g. <c>Patient boluses: up to 4 × 50 mcg a day = 200 mcg/day</c>.</summary>
    public string Describe() =>
        $"patient boluses: up to {MaximumPerDay} × {BolusDose.Display()} a day = {DailyAllowance.Display()}";
}

using ItbPlanner.Domain.OralWean;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.OralWean;

/// <summary>Where a planned step stands at the visit.</summary>
public enum OralWeanStepStatus
{
    /// <summary>Already reached: the daily total in force is at or below it.</summary>
    Taken = 1,

    /// <summary>The step this visit logs.</summary>
    Now = 2,

    /// <summary>Logged at a later visit, after reassessment.</summary>
    Later = 3,
}

/// <summary>One step of a visit's wean plan, with each dose at the interval in force. Immutable.</summary>
/// <param name="Number">The step's number, from 1.</param>
/// <param name="Step">The planned step (daily total, cut, tablets a day; its date as planned from the wean's start).</param>
/// <param name="Date">The day the step's total starts (the re-dated plan's, the same as <c>Step.Date</c>): as planned for a step taken, this visit's day for the step taken now, then one every so many days after it.</param>
/// <param name="EachDose">Each dose at the interval in force (daily total × interval ÷ 24 h); null at zero (stopped).</param>
/// <param name="DoseTablets">The fewest whole tablets that make each dose, largest strength first; empty when no tablets were given, at zero, or (for a step taken) when none make it.</param>
/// <param name="Status">Taken, now or later.</param>
public sealed record OralWeanStepRow(int Number, OralWeanStep Step, DateOnly Date, Mass? EachDose, IReadOnlyList<TabletCount> DoseTablets, OralWeanStepStatus Status);

using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Screening;

/// <summary>One bolus of a screening plan. Immutable.</summary>
/// <param name="Number">1 for the first bolus.</param>
/// <param name="Dose">The bolus.</param>
/// <param name="Volume">Its volume at the screening concentration (dose ÷ concentration).</param>
/// <param name="EarliestDate">The first date it may be given, if every earlier bolus was given on its earliest date.</param>
/// <param name="Observation">How long to observe after it.</param>
public sealed record PlannedBolus(int Number, Mass Dose, Volume Volume, DateOnly EarliestDate, Duration Observation);

using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Refills;

/// <summary>
/// How the reservoir empties, as a clinician gives it: a daily dose, a volume rate or a flex schedule (exactly one), and
/// optionally the patient boluses allowed, every one of which is counted in the daily volume.
/// </summary>
/// <param name="Dose">A simple continuous daily dose.</param>
/// <param name="Rate">A simple continuous volume rate.</param>
/// <param name="Flex">A flex schedule, its steps in order from 00:00.</param>
/// <param name="Bolus">One patient bolus, with <paramref name="MaxBolusesPerDay"/>.</param>
/// <param name="MaxBolusesPerDay">The most patient boluses allowed in 24 hours.</param>
public sealed record ConsumptionInput(MassFlow? Dose = null, VolumeFlow? Rate = null, FlexSchedule? Flex = null, Mass? Bolus = null, int? MaxBolusesPerDay = null);

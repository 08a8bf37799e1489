using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.OralWean;

/// <summary>What a visit's oral baclofen wean step is planned from. Immutable.</summary>
/// <param name="InForce">Oral baclofen in force at the visit, as the log has it.</param>
/// <param name="At">The visit's moment: the step is logged then.</param>
/// <param name="From">The daily total the wean starts (or started) from: between the total in force and the start the log shows.</param>
/// <param name="Start">The day of the wean's first reduced dose.</param>
/// <param name="Step">Each step as a percentage of <paramref name="From"/>.</param>
/// <param name="Every">Time between steps, whole days.</param>
/// <param name="Tablets">The tablet strengths at hand; empty when daily totals need not be made of whole tablets.</param>
public sealed record OralWeanVisitRequest(OralBaclofenInForce InForce, DateTimeOffset At, MassFlow From, DateOnly Start, Percentage Step, Duration Every, IReadOnlyList<Mass> Tablets);

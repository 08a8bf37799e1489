using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Refills;

/// <summary>A refill request read against the protocol (pump resolved, consumption built), ready to plan.</summary>
/// <param name="Request">The refill calculator's request.</param>
/// <param name="Flex">The flex schedule's evaluation, when the program is one.</param>
public sealed record RefillPrepared(RefillRequest Request, FlexPlan? Flex);

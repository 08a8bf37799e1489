using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks on flex (periodic) schedules.</summary>
/// <param name="MaximumStepJump">A step whose hourly rate rises by more than this over the previous step is flagged (100 %).</param>
public sealed record FlexRules(Setting<Percentage> MaximumStepJump);

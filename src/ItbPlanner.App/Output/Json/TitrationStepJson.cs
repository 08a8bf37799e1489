namespace ItbPlanner.App.Output.Json;

/// <summary>One day of <c>itb titrate --json</c>; <c>changePercent</c> is negative for a decrease.</summary>
internal sealed record TitrationStepJson(DateOnly Date, decimal DoseMcgPerDay, decimal ChangePercent);

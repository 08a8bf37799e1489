namespace ItbPlanner.App.Output.Json;

/// <summary>One bolus of <c>itb screening plan --json</c>.</summary>
internal sealed record ScreeningBolusJson(int Number, decimal DoseMcg, decimal VolumeMl, DateOnly EarliestDate, decimal ObserveHours);

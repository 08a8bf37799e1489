namespace ItbPlanner.App.Output.Json;

/// <summary>An unacknowledged pump alarm in <c>itb schedule --json</c>: which (its log code), when (UTC), and its event.</summary>
internal sealed record OpenAlarmJson(string Alarm, string RaisedAt, long Seq);

namespace ItbPlanner.Domain.Protocols;

/// <summary>How the therapy log is kept.</summary>
/// <param name="CheckpointMaxAgeDays">
/// Most days since the newest signed checkpoint of the log (<c>itb log checkpoint</c>) before the schedule and the UI
/// say it is time for another (<c>CHECKPOINT_STALE</c>, a warning): events recorded after the newest checkpoint are
/// protected by the hash chain only, which anyone who can write the file can recompute.
/// </param>
public sealed record LogRules(Setting<int> CheckpointMaxAgeDays);

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>A score observed at a moment.</summary>
/// <param name="Date">The local date it was taken.</param>
/// <param name="At">When it was taken.</param>
/// <param name="Position">Its position on the series' scale: the score itself on a numeric scale, the level's position on an ordinal one.</param>
/// <param name="Score">The score as written on its scale, e.g. <c>4</c> or <c>1+</c>.</param>
/// <param name="Seq">The assessment event.</param>
public sealed record ScorePoint(DateOnly Date, DateTimeOffset At, int Position, string Score, long Seq);

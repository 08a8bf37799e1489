namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// A plan recorded in the log (an implant, dose program or refill) that nobody has yet recorded as entered into the pump
/// (<c>program-transferred</c>): until then the pump may still run the old program, or none.
/// </summary>
/// <param name="Seq">The newest plan event not yet transferred.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="At">When it happened.</param>
public sealed record PendingTransfer(long Seq, EventKind Kind, DateTimeOffset At);

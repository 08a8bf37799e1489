using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Checkpoints;

/// <summary>The newest event of one patient's chain when a checkpoint was taken.</summary>
/// <param name="PatientId">Whose chain.</param>
/// <param name="Seq">The newest event's sequence number.</param>
/// <param name="Hash">Its hash (64 lowercase hex digits), which seals the whole chain up to it.</param>
public sealed record CheckpointHead(PatientId PatientId, long Seq, string Hash);

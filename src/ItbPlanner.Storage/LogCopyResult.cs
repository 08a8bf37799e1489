namespace ItbPlanner.Storage;

/// <summary>What <see cref="LogCopy.Copy"/> copied.</summary>
/// <param name="Patients">Patients copied.</param>
/// <param name="Events">Events copied.</param>
/// <param name="Checkpoints">Checkpoint records copied.</param>
/// <param name="HeadsDigest">The digest of every patient's head, the same in source and target (<see cref="LogCopy.HeadsDigest"/>).</param>
public sealed record LogCopyResult(int Patients, long Events, int Checkpoints, string HeadsDigest);

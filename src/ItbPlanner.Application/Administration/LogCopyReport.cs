namespace ItbPlanner.Application.Administration;

/// <summary>What <c>itb log copy</c> copied.</summary>
/// <param name="From">The source log (path or address, no secret).</param>
/// <param name="To">The target log.</param>
/// <param name="Patients">Patients copied.</param>
/// <param name="Events">Events copied, every hash kept.</param>
/// <param name="Checkpoints">Checkpoint records copied.</param>
/// <param name="HeadsDigest">SHA-256 over every patient's head: the same for both logs.</param>
public sealed record LogCopyReport(string From, string To, int Patients, long Events, int Checkpoints, string HeadsDigest);

namespace ItbPlanner.Application.Integrity;

/// <summary>A signed checkpoint of the log and the public key that checks its signature.</summary>
/// <param name="CheckpointPath">The checkpoint file (<c>itb log checkpoint</c>).</param>
/// <param name="PublicKeyPath">The public key file (<c>itb log keygen</c>).</param>
public sealed record CheckpointAnchor(string CheckpointPath, string PublicKeyPath);

namespace ItbPlanner.Application.Integrity;

/// <summary>A key pair written for signing checkpoints.</summary>
/// <param name="PrivateKeyPath">The private key (owner-only): keep it away from the log.</param>
/// <param name="PublicKeyPath">The public key: for whoever verifies.</param>
/// <param name="KeyId">The key's id, as checkpoints name it.</param>
public sealed record CheckpointKeys(string PrivateKeyPath, string PublicKeyPath, string KeyId);

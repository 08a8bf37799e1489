using ItbPlanner.Application.Ports;

namespace ItbPlanner.Application.Integrity;

/// <summary>Creates the key pair that signs checkpoints of the log (<c>itb log keygen</c>).</summary>
/// <param name="integrity">Where keys are made.</param>
public sealed class GenerateCheckpointKeys(ILogIntegrity integrity)
{
    /// <summary>Writes a new key pair into <paramref name="directory"/> (never over an existing key).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The folder cannot take the keys.</exception>
    public CheckpointKeys Generate(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return integrity.GenerateKeys(directory);
    }
}

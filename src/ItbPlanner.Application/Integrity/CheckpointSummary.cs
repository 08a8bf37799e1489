namespace ItbPlanner.Application.Integrity;

/// <summary>What a signed checkpoint anchors.</summary>
/// <param name="CreatedAt">When it was taken.</param>
/// <param name="KeyId">The key that signed it.</param>
/// <param name="Heads">How many patients' heads it holds.</param>
/// <param name="Events">How many events those heads cover.</param>
/// <param name="Digest">The digest over every head, as signed.</param>
public sealed record CheckpointSummary(DateTimeOffset CreatedAt, string KeyId, int Heads, long Events, string Digest);

namespace ItbPlanner.Application.Integrity;

/// <summary>A checkpoint just taken: what it anchors, and the text of its file.</summary>
/// <param name="Summary">What it anchors.</param>
/// <param name="FileText">The checkpoint file's content (JSON), for the caller to write.</param>
public sealed record TakenCheckpoint(CheckpointSummary Summary, string FileText);

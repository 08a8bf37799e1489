namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>One score on one scale, as the clinician wrote it.</summary>
/// <param name="Scale">The scale's code, e.g. <c>modified-ashworth</c>, <c>penn-spasm-frequency</c>.</param>
/// <param name="Score">The score as written on the scale, e.g. <c>1+</c> (Modified Ashworth 1+ is its own level, never 1.5).</param>
/// <param name="Site">Where it was measured, e.g. <c>left knee flexors</c>.</param>
public sealed record AssessmentScore(string Scale, string Score, string? Site = null);

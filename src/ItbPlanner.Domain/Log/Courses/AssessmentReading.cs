using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log.Courses;

/// <summary>
/// Reads a logged assessment's scores into typed scores with their exact ranges (Modified Ashworth 0, 1, 1+, 2, 3, 4;
/// Penn 0–4; SPS 0–6 and 0–7). A score outside its scale is invalid input; when a scale is scored at several sites,
/// the highest score stands for the assessment.
/// </summary>
public static class AssessmentReading
{
    /// <summary>The scale codes the log accepts.</summary>
    public static IReadOnlyList<string> Scales { get; } = ["modified-ashworth", "penn-spasm-frequency", "sps-distribution-of-stiffness", "sps-heightened-sensitivity"];

    /// <summary>Typed scores of a logged assessment.</summary>
    /// <exception cref="InvalidInputException">An unknown scale, or a score outside its scale's range.</exception>
    public static AssessmentScores Read(AssessmentPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ModifiedAshworth? mas = null;
        PennSpasmFrequency? penn = null;
        SpsDistributionOfStiffness? stiffness = null;
        SpsHeightenedSensitivity? sensitivity = null;
        foreach (var score in payload.Scores)
        {
            switch (score.Scale)
            {
                case "modified-ashworth":
                    mas = Max(mas, Parse<ModifiedAshworth>(score));
                    break;
                case "penn-spasm-frequency":
                    penn = Max(penn, Parse<PennSpasmFrequency>(score));
                    break;
                case "sps-distribution-of-stiffness":
                    stiffness = Max(stiffness, Parse<SpsDistributionOfStiffness>(score));
                    break;
                case "sps-heightened-sensitivity":
                    sensitivity = Max(sensitivity, Parse<SpsHeightenedSensitivity>(score));
                    break;
                default:
                    throw new InvalidInputException("score", $"unknown scale '{score.Scale}'; use {string.Join(", ", Scales)}.");
            }
        }

        return new AssessmentScores(mas, penn, stiffness, sensitivity);
    }

    private static T Parse<T>(AssessmentScore score)
        where T : struct, IParsable<T> =>
        T.TryParse(score.Score, null, out var value)
            ? value
            : throw new InvalidInputException("score", $"'{score.Score}' is not a {score.Scale} score.");

    private static T Max<T>(T? current, T candidate)
        where T : struct, IComparable<T> =>
        current is { } existing && existing.CompareTo(candidate) >= 0 ? existing : candidate;
}

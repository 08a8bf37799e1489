using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Screening;

/// <summary>The scale codes the log stores assessment scores under, and the conversion both ways.</summary>
public static class AssessmentScales
{
    /// <summary>Modified Ashworth Scale.</summary>
    public const string ModifiedAshworth = "modified-ashworth";

    /// <summary>Penn spasm frequency.</summary>
    public const string PennSpasmFrequency = "penn-spasm-frequency";

    /// <summary>SPS distribution-of-stiffness index.</summary>
    public const string SpsDistribution = "sps-distribution-of-stiffness";

    /// <summary>SPS heightened-sensitivity score.</summary>
    public const string SpsSensitivity = "sps-heightened-sensitivity";

    /// <summary>The log's scores for a set of scores, with the muscle group for Modified Ashworth.</summary>
    public static IReadOnlyList<AssessmentScore> ToLog(AssessmentScores scores, string? site)
    {
        var list = new List<AssessmentScore>();
        if (scores.ModifiedAshworth is { } mas)
        {
            list.Add(new AssessmentScore(ModifiedAshworth, mas.ToString(), site));
        }

        if (scores.PennSpasmFrequency is { } penn)
        {
            list.Add(new AssessmentScore(PennSpasmFrequency, penn.ToString()));
        }

        if (scores.SpsDistributionOfStiffness is { } distribution)
        {
            list.Add(new AssessmentScore(SpsDistribution, distribution.ToString()));
        }

        if (scores.SpsHeightenedSensitivity is { } sensitivity)
        {
            list.Add(new AssessmentScore(SpsSensitivity, sensitivity.ToString()));
        }

        return list;
    }

    /// <summary>The scores the log holds on the known scales, or null when none of them is readable.</summary>
    public static AssessmentScores? FromLog(IEnumerable<AssessmentScore> scores)
    {
        ModifiedAshworth? mas = null;
        PennSpasmFrequency? penn = null;
        SpsDistributionOfStiffness? distribution = null;
        SpsHeightenedSensitivity? sensitivity = null;
        foreach (var score in scores)
        {
            switch (score.Scale.ToLowerInvariant())
            {
                case ModifiedAshworth when Domain.Assessments.ModifiedAshworth.TryParse(score.Score, null, out var m):
                    mas ??= m;
                    break;
                case PennSpasmFrequency when Domain.Assessments.PennSpasmFrequency.TryParse(score.Score, null, out var p):
                    penn ??= p;
                    break;
                case SpsDistribution when SpsDistributionOfStiffness.TryParse(score.Score, null, out var d):
                    distribution ??= d;
                    break;
                case SpsSensitivity when SpsHeightenedSensitivity.TryParse(score.Score, null, out var s):
                    sensitivity ??= s;
                    break;
            }
        }

        return mas is null && penn is null && distribution is null && sensitivity is null ? null : new AssessmentScores(mas, penn, distribution, sensitivity);
    }
}

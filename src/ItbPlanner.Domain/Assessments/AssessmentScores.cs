namespace ItbPlanner.Domain.Assessments;

/// <summary>
/// The scores taken at one assessment: any of Modified Ashworth, Penn spasm frequency and the two stiff person syndrome
/// scales, at least one of them. Immutable; equality is by value.
/// </summary>
public sealed record AssessmentScores
{
    /// <summary>Creates a set of scores.</summary>
    /// <exception cref="ArgumentException">No score was given.</exception>
    public AssessmentScores(
        ModifiedAshworth? modifiedAshworth = null,
        PennSpasmFrequency? pennSpasmFrequency = null,
        SpsDistributionOfStiffness? spsDistributionOfStiffness = null,
        SpsHeightenedSensitivity? spsHeightenedSensitivity = null)
    {
        if (modifiedAshworth is null && pennSpasmFrequency is null && spsDistributionOfStiffness is null && spsHeightenedSensitivity is null)
        {
            throw new ArgumentException("An assessment needs at least one score (Modified Ashworth, Penn spasm frequency or an SPS scale).", nameof(modifiedAshworth));
        }

        ModifiedAshworth = modifiedAshworth;
        PennSpasmFrequency = pennSpasmFrequency;
        SpsDistributionOfStiffness = spsDistributionOfStiffness;
        SpsHeightenedSensitivity = spsHeightenedSensitivity;
    }

    /// <summary>Modified Ashworth grade of the muscle group followed, if taken.</summary>
    public ModifiedAshworth? ModifiedAshworth { get; }

    /// <summary>Penn spasm frequency, if taken.</summary>
    public PennSpasmFrequency? PennSpasmFrequency { get; }

    /// <summary>SPS distribution-of-stiffness index, if taken.</summary>
    public SpsDistributionOfStiffness? SpsDistributionOfStiffness { get; }

    /// <summary>SPS heightened-sensitivity score, if taken.</summary>
    public SpsHeightenedSensitivity? SpsHeightenedSensitivity { get; }

    /// <summary>The scores taken, e.g. <c>MAS 1+, Penn 3</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (ModifiedAshworth is { } mas)
        {
            parts.Add($"MAS {mas}");
        }

        if (PennSpasmFrequency is { } penn)
        {
            parts.Add($"Penn {penn}");
        }

        if (SpsDistributionOfStiffness is { } distribution)
        {
            parts.Add($"SPS distribution {distribution}");
        }

        if (SpsHeightenedSensitivity is { } sensitivity)
        {
            parts.Add($"SPS sensitivity {sensitivity}");
        }

        return string.Join(", ", parts);
    }
}

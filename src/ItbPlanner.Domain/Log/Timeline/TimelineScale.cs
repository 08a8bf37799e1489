namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// The y scale a series is drawn on, which travels with it: its range in the series' unit and the label naming the
/// scale and unit. An ordinal scale (Modified Ashworth) names its levels in <see cref="Ticks"/>: its positions are for
/// drawing and ordering only, never scores to average.
/// </summary>
/// <param name="Minimum">The bottom of the scale.</param>
/// <param name="Maximum">The top of the scale: the scale's own top for scores, the highest daily dose logged for doses.</param>
/// <param name="Label">The scale and its unit in words, e.g. <c>SPS distribution of stiffness (0–6 regions)</c>.</param>
public sealed record TimelineScale(decimal Minimum, decimal Maximum, string Label)
{
    /// <summary>Named levels of an ordinal scale (position and how it is written); empty for a numeric scale.</summary>
    public IReadOnlyList<ScaleTick> Ticks { get; init; } = [];
}

/// <summary>One named level of an ordinal scale.</summary>
/// <param name="Position">Its position on the scale, from 0.</param>
/// <param name="Label">How the level is written, e.g. <c>1+</c>.</param>
public sealed record ScaleTick(int Position, string Label);

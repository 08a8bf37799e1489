using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>One lane of the therapy timeline: what it shows, its unit and its own labelled scale.</summary>
/// <param name="Id">A stable code, e.g. <c>itb-dose</c>, <c>medication:diazepam</c>, <c>ivig</c>, <c>sps-heightened-sensitivity</c>.</param>
/// <param name="Name">What a clinician calls it, e.g. <c>Oral baclofen</c>.</param>
/// <param name="Unit">The unit of its values (<c>mcg/day</c>, <c>mg/day</c>, <c>regions</c>, <c>grade</c>, …) or of its bands' figures.</param>
/// <param name="Scale">Its y scale; null for bands, which have none.</param>
public abstract record TimelineSeries(string Id, string Name, string Unit, TimelineScale? Scale)
{
    /// <summary>How the series is drawn.</summary>
    public abstract TimelineSeriesKind Kind { get; }

    /// <summary>Whether the series holds anything to show.</summary>
    public abstract bool IsEmpty { get; }
}

/// <summary>A daily dose over time as steps, each in force until the next.</summary>
/// <param name="Id">The series' code.</param>
/// <param name="Name">Its name.</param>
/// <param name="DoseUnit">The unit its values are shown in.</param>
/// <param name="Scale">Its scale.</param>
/// <param name="Steps">The steps in order of time.</param>
public sealed record StepSeries(string Id, string Name, MassFlowUnit DoseUnit, TimelineScale Scale, IReadOnlyList<TimelineStep> Steps)
    : TimelineSeries(Id, Name, MassFlow.From(0, DoseUnit).UnitSymbol, Scale)
{
    /// <summary>Its y scale.</summary>
    public new TimelineScale Scale { get; } = Scale;

    /// <inheritdoc/>
    public override TimelineSeriesKind Kind => TimelineSeriesKind.Steps;

    /// <inheritdoc/>
    public override bool IsEmpty => Steps.Count == 0;

    /// <summary>A step's value in the series' unit.</summary>
    public decimal ValueOf(TimelineStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Daily.As(DoseUnit);
    }
}

/// <summary>Courses given over spans of days, as shaded bands.</summary>
/// <param name="Id">The series' code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Unit">The unit of the figures in its labels.</param>
/// <param name="Bands">The courses in order of their first day.</param>
public sealed record BandSeries(string Id, string Name, string Unit, IReadOnlyList<TimelineBand> Bands)
    : TimelineSeries(Id, Name, Unit, null)
{
    /// <inheritdoc/>
    public override TimelineSeriesKind Kind => TimelineSeriesKind.Bands;

    /// <inheritdoc/>
    public override bool IsEmpty => Bands.Count == 0;
}

/// <summary>Scores on one scale over time, as points.</summary>
/// <param name="Id">The scale's code.</param>
/// <param name="Name">The scale's name.</param>
/// <param name="Unit">What a point counts (<c>regions</c>, <c>triggers</c>, <c>grade</c>, <c>score</c>).</param>
/// <param name="Scale">The scale's range and levels.</param>
/// <param name="Points">The scores in order of time.</param>
public sealed record PointSeries(string Id, string Name, string Unit, TimelineScale Scale, IReadOnlyList<ScorePoint> Points)
    : TimelineSeries(Id, Name, Unit, Scale)
{
    /// <summary>Its y scale.</summary>
    public new TimelineScale Scale { get; } = Scale;

    /// <inheritdoc/>
    public override TimelineSeriesKind Kind => TimelineSeriesKind.Points;

    /// <inheritdoc/>
    public override bool IsEmpty => Points.Count == 0;
}

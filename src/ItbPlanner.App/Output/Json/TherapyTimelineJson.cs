using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// The <c>itb timeline --json</c> contract: the patient, the axis (<c>from</c>, <c>to</c>, local dates) and the series in
/// lane order. Field names are public: add, never rename. Absent fields are null by design (see README).
/// </summary>
internal sealed record TherapyTimelineJson(string Patient, DateOnly From, DateOnly To, TimelineSeriesJson[] Series, string[] Notes)
{
    /// <summary>Converts a timeline.</summary>
    public static TherapyTimelineJson Of(TherapyTimeline timeline) =>
        new(timeline.Patient.Value, timeline.From, timeline.To, [.. timeline.Series.Select(TimelineSeriesJson.From)], [.. timeline.Notes]);
}

/// <summary>
/// One series: <c>kind</c> is <c>steps</c> (a value in force until the next point), <c>points</c> (observations) or
/// <c>bands</c> (courses from a first to a last day, both included); steps and points have <c>points</c> and a
/// <c>scale</c>, bands have <c>bands</c> and no scale.
/// </summary>
internal sealed record TimelineSeriesJson(string Id, string Name, string Kind, string Unit, TimelineScaleJson? Scale, TimelinePointJson[]? Points, TimelineBandJson[]? Bands)
{
    /// <summary>Converts a series.</summary>
    public static TimelineSeriesJson From(TimelineSeries series) => series switch
    {
        StepSeries steps => new(steps.Id, steps.Name, KindName(steps.Kind), steps.Unit, TimelineScaleJson.From(steps.Scale), [.. steps.Steps.Select(s => TimelinePointJson.From(steps, s))], null),
        PointSeries points => new(points.Id, points.Name, KindName(points.Kind), points.Unit, TimelineScaleJson.From(points.Scale), [.. points.Points.Select(TimelinePointJson.From)], null),
        BandSeries bands => new(bands.Id, bands.Name, KindName(bands.Kind), bands.Unit, null, null, [.. bands.Bands.Select(TimelineBandJson.Of)]),
        _ => throw new ArgumentOutOfRangeException(nameof(series), series.Kind, "A timeline series of an unknown kind."),
    };

    /// <summary>The kind as the contract writes it.</summary>
    public static string KindName(TimelineSeriesKind kind) => kind switch
    {
        TimelineSeriesKind.Steps => "steps",
        TimelineSeriesKind.Bands => "bands",
        _ => "points",
    };
}

/// <summary>A series' y scale: <c>min</c>, <c>max</c> in the series' unit, <c>label</c>; <c>ticks</c> name an ordinal scale's levels.</summary>
internal sealed record TimelineScaleJson(decimal Min, decimal Max, string Label, ScaleTickJson[]? Ticks)
{
    /// <summary>Converts a scale.</summary>
    public static TimelineScaleJson From(TimelineScale scale) =>
        new(JsonOutput.Number(scale.Minimum), JsonOutput.Number(scale.Maximum), scale.Label, scale.Ticks.Count == 0 ? null : [.. scale.Ticks.Select(t => new ScaleTickJson(t.Position, t.Label))]);
}

/// <summary>A named level of an ordinal scale.</summary>
internal sealed record ScaleTickJson(int Value, string Label);

/// <summary>
/// A step or a score: its local <c>date</c>, the moment <c>at</c> (UTC), the <c>value</c> in the series' unit (a score's
/// position on an ordinal scale), the <c>label</c> as written, the event (<c>event</c>, <c>seq</c>) and, for a computed
/// value, its <c>working</c>; <c>carriedIn</c> is true for the step in force at the timeline's first date.
/// </summary>
internal sealed record TimelinePointJson(DateOnly Date, string At, decimal Value, string Label, string Event, long Seq, string? Working, bool? CarriedIn)
{
    /// <summary>A step of a dose series.</summary>
    public static TimelinePointJson From(StepSeries series, TimelineStep step) =>
        new(step.Date, LogTimestamp.Format(step.At), JsonOutput.Number(series.ValueOf(step)), step.Daily.ToUnit(series.DoseUnit).ToString(), step.Event, step.Seq, step.Working, step.CarriedIn ? true : null);

    /// <summary>A score.</summary>
    public static TimelinePointJson From(ScorePoint point) =>
        new(point.Date, LogTimestamp.Format(point.At), point.Position, point.Score, LogCodes.Code(EventKind.Assessment), point.Seq, null, null);
}

/// <summary>A course: first and last day (both included), what was given, how its figures follow, the event.</summary>
internal sealed record TimelineBandJson(DateOnly From, DateOnly To, string Label, string Working, string Event, long Seq)
{
    /// <summary>Converts a band.</summary>
    public static TimelineBandJson Of(TimelineBand band) => new(band.From, band.To, band.Label, band.Working, band.Event, band.Seq);
}

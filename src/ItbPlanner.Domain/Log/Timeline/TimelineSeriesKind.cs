namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>How a series of the therapy timeline is drawn (JSON <c>kind</c>: <c>steps</c>, <c>bands</c>, <c>points</c>).</summary>
public enum TimelineSeriesKind
{
    /// <summary>A value in force from its date until the next (a daily dose): drawn as steps.</summary>
    Steps = 1,

    /// <summary>Courses given over a span of days (IVIG, plasma exchange, a screening bolus): drawn as shaded bands.</summary>
    Bands = 2,

    /// <summary>Observations at moments (scores): drawn as dots joined by a line.</summary>
    Points = 3,
}

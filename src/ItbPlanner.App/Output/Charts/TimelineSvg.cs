using System.Globalization;
using System.Text;
using ItbPlanner.App.Output.Json;
using ItbPlanner.Domain.Log.Timeline;
using static ItbPlanner.App.Output.Charts.DoseChartSvg;

namespace ItbPlanner.App.Output.Charts;

/// <summary>
/// The therapy timeline as one self-contained SVG in the dose chart's style (its helpers, fonts and colours): one shared
/// date axis at the bottom, one lane per series with its name and its own labelled y scale on the left; step lines for
/// daily doses, shaded bands for courses (IVIG, plasma exchange, screening boluses), dots joined by a line for scores.
/// Every step, score and band carries <c>data-series</c>, <c>data-date</c> / <c>data-from</c> / <c>data-to</c> and
/// <c>data-value</c> attributes, so a test or a script reads the figures back without measuring pixels. The same
/// timeline always gives the same text: no scripts, fonts, links, clock or randomness.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 960;
    private const double Left = 240;
    private const double Right = 24;
    private const double Top = 48;
    private const double LaneHeight = 86;
    private const double BandLaneHeight = 40;
    private const double LaneGap = 12;
    private const double Bottom = 44;

    private static readonly string[] Colours = ["#1f5fa8", "#2ca02c", "#9467bd", "#8c564b", "#d62728", "#e377c2", "#17becf", "#bcbd22", "#ff7f0e", "#7f7f7f"];

    /// <summary>Renders the timeline, dates in <paramref name="zone"/>.</summary>
    public static string Render(TherapyTimeline timeline, TimeZoneInfo zone, string title)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(zone);
        var start = Midnight(timeline.From, zone);
        var end = Midnight(timeline.To.AddDays(1), zone);
        var height = Top + timeline.Series.Sum(s => LaneOf(s) + LaneGap) + Bottom;
        double X(DateTimeOffset t) => Left + ((t - start).TotalSeconds / (end - start).TotalSeconds * (Width - Left - Right));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{N(Width)}" height="{N(height)}" viewBox="0 0 {N(Width)} {N(height)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11" role="img" aria-label="{Text(title)}" data-patient="{Text(timeline.Patient.Value)}" data-from="{Iso(timeline.From)}" data-to="{Iso(timeline.To)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title>{Text(title)}</title><rect width="100%" height="100%" fill="white"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Width / 2)}" y="22" text-anchor="middle" font-size="15" font-weight="bold">{Text(title)}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Width / 2)}" y="38" text-anchor="middle" font-size="11" fill="#444">{Text($"{Iso(timeline.From)} to {Iso(timeline.To)}, each lane on its own scale")}</text>""");

        var axis = height - Bottom;
        var ticks = TimeTicks(start, end, zone).ToArray();
        foreach (var (tick, label) in ticks)
        {
            var x = X(tick);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(Top)}" x2="{N(x)}" y2="{N(axis)}" stroke="#eeeeee"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(axis)}" x2="{N(x)}" y2="{N(axis + 5)}" stroke="black"/><text x="{N(x)}" y="{N(axis + 18)}" text-anchor="middle">{Text(label)}</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" y1="{N(axis)}" x2="{N(Width - Right)}" y2="{N(axis)}" stroke="black"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N((Left + Width - Right) / 2)}" y="{N(axis + 34)}" text-anchor="middle">Date (local)</text>""");

        var top = Top;
        for (var i = 0; i < timeline.Series.Count; i++)
        {
            var series = timeline.Series[i];
            var lane = new Lane(top, LaneOf(series), Colours[i % Colours.Length], X, start, zone);
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="lane" data-series="{Text(series.Id)}" data-kind="{TimelineSeriesJson.KindName(series.Kind)}" data-unit="{Text(series.Unit)}"{ScaleAttributes(series.Scale)}>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(Left)}" y="{N(top)}" width="{N(Width - Left - Right)}" height="{N(lane.Height)}" fill="none" stroke="#cccccc"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="8" y="{N(top + 13)}" font-weight="bold" fill="{lane.Colour}">{Text(series.Name)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="8" y="{N(top + 27)}" font-size="9" fill="#555">{Text(series.Scale?.Label ?? $"courses ({series.Unit})")}</text>""");
            switch (series)
            {
                case StepSeries steps:
                    Steps(svg, lane, steps, end);
                    break;
                case PointSeries points:
                    Points(svg, lane, points);
                    break;
                case BandSeries bands:
                    Bands(svg, lane, bands);
                    break;
            }

            svg.Append("</g>");
            top += lane.Height + LaneGap;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double LaneOf(TimelineSeries series) => series.Kind == TimelineSeriesKind.Bands ? BandLaneHeight : LaneHeight;

    private static void Steps(StringBuilder svg, Lane lane, StepSeries series, DateTimeOffset end)
    {
        // The lane's top is the scale's (the highest dose logged), labelled, so data-scale-max and the drawing agree.
        var top = series.Scale.Maximum <= 0 ? 1m : series.Scale.Maximum;
        lane.YScale(svg, 0m, top, "0", V(top));
        if (series.Steps.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N((Left + Width - Right) / 2)}" y="{N(lane.Top + (lane.Height / 2))}" text-anchor="middle" fill="#777">none recorded</text>""");
            return;
        }

        var points = new List<string>();
        for (var i = 0; i < series.Steps.Count; i++)
        {
            var step = series.Steps[i];
            var x = lane.XOf(step);
            if (i > 0)
            {
                points.Add($"{N(x)},{N(lane.Y(series.ValueOf(series.Steps[i - 1]), 0m, top))}");
            }

            points.Add($"{N(x)},{N(lane.Y(series.ValueOf(step), 0m, top))}");
        }

        points.Add($"{N(lane.XAt(end))},{N(lane.Y(series.ValueOf(series.Steps[^1]), 0m, top))}");
        svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="{lane.Colour}" stroke-width="2" points="{string.Join(' ', points)}"/>""");
        foreach (var step in series.Steps)
        {
            var value = series.ValueOf(step);
            var label = $"{Iso(step.Date)}: {step.Daily.ToUnit(series.DoseUnit)}" + (step.CarriedIn ? " (in force before this date)" : string.Empty) + (step.Working is { } w ? $"; {w}" : string.Empty);
            svg.Append(CultureInfo.InvariantCulture, $"""<circle class="step" data-series="{Text(series.Id)}" data-date="{Iso(step.Date)}" data-value="{V(value)}" data-seq="{step.Seq}"{(step.CarriedIn ? " data-carried-in=\"true\"" : string.Empty)} cx="{N(lane.XOf(step))}" cy="{N(lane.Y(value, 0m, top))}" r="3" fill="{lane.Colour}"><title>{Text(label)}</title></circle>""");
        }
    }

    private static void Points(StringBuilder svg, Lane lane, PointSeries series)
    {
        var (min, max) = (series.Scale.Minimum, series.Scale.Maximum);
        lane.YScale(svg, min, max, TickLabel(series.Scale, min), TickLabel(series.Scale, max));
        if (series.Points.Count > 1)
        {
            var line = string.Join(' ', series.Points.Select(p => $"{N(lane.XAt(p.At))},{N(lane.Y(p.Position, min, max))}"));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="{lane.Colour}" stroke-width="1.5" points="{line}"/>""");
        }

        foreach (var point in series.Points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle class="point" data-series="{Text(series.Id)}" data-date="{Iso(point.Date)}" data-value="{point.Position}" data-score="{Text(point.Score)}" data-seq="{point.Seq}" cx="{N(lane.XAt(point.At))}" cy="{N(lane.Y(point.Position, min, max))}" r="3.5" fill="{lane.Colour}"><title>{Text($"{Iso(point.Date)}: {series.Name} {point.Score}")}</title></circle>""");
        }
    }

    private static void Bands(StringBuilder svg, Lane lane, BandSeries series)
    {
        foreach (var band in series.Bands)
        {
            var x1 = lane.XAt(Midnight(band.From, lane.Zone));
            var x2 = lane.XAt(Midnight(band.To.AddDays(1), lane.Zone));
            svg.Append(CultureInfo.InvariantCulture, $"""<rect class="band" data-series="{Text(series.Id)}" data-from="{Iso(band.From)}" data-to="{Iso(band.To)}" data-seq="{band.Seq}" x="{N(x1)}" y="{N(lane.Top + 4)}" width="{N(Math.Max(2, x2 - x1))}" height="{N(lane.Height - 8)}" fill="{lane.Colour}" fill-opacity="0.35" stroke="{lane.Colour}"><title>{Text($"{Iso(band.From)} to {Iso(band.To)}: {band.Label}; {band.Working}")}</title></rect>""");
        }
    }

    private static string TickLabel(TimelineScale scale, decimal position) =>
        scale.Ticks.FirstOrDefault(t => t.Position == position)?.Label ?? position.ToString(CultureInfo.InvariantCulture);

    private static string ScaleAttributes(TimelineScale? scale) => scale is null
        ? string.Empty
        : $" data-scale-min=\"{V(scale.Minimum)}\" data-scale-max=\"{V(scale.Maximum)}\" data-scale-label=\"{Text(scale.Label)}\"";

    /// <summary>The start of a local date (the first valid local time when midnight is skipped by a clock change).</summary>
    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string V(decimal value) => JsonOutput.Number(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>One lane's frame and how values and moments map into it.</summary>
    private sealed record Lane(double Top, double Height, string Colour, Func<DateTimeOffset, double> XAt, DateTimeOffset Start, TimeZoneInfo Zone)
    {
        private const double Padding = 8;

        /// <summary>A step's x: a step carried in starts at the lane's left edge.</summary>
        public double XOf(TimelineStep step) => step.CarriedIn ? XAt(Start) : XAt(step.At);

        public double Y(decimal value, decimal min, decimal max) =>
            Top + Height - Padding - ((double)(max == min ? 0 : (value - min) / (max - min)) * (Height - (2 * Padding)));

        /// <summary>The lane's y scale: its bottom and top values labelled at the left of the plot.</summary>
        public void YScale(StringBuilder svg, decimal min, decimal max, string minLabel, string maxLabel)
        {
            var (y0, y1) = (Y(min, min, max), Y(max, min, max));
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" y1="{N(y1)}" x2="{N(Width - Right)}" y2="{N(y1)}" stroke="#e3e3e3"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Left - 6)}" y="{N(y1 + 4)}" text-anchor="end" font-size="10">{Text(maxLabel)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Left - 6)}" y="{N(y0 + 4)}" text-anchor="end" font-size="10">{Text(minLabel)}</text>""");
        }
    }
}

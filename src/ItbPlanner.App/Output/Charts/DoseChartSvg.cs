using System.Globalization;
using System.Net;
using System.Text;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.App.Output.Charts;

/// <summary>
/// The daily dose over time as a hand-written SVG step line (no chart package is available): x = date, y = daily dose in
/// mcg/day, refills marked as blue triangles on the time axis, alarms as red circles, suspensions as a drop to zero.
/// Self-contained (no scripts, fonts or links), so it renders in any browser, inline in HTML or through rsvg-convert.
/// </summary>
internal static class DoseChartSvg
{
    private const double Width = 860;
    private const double Height = 400;
    private const double Left = 80;
    private const double Right = 24;
    private const double Top = 48;
    private const double Bottom = 72;

    private static readonly decimal[] StepFactors = [1m, 2m, 5m, 10m];

    /// <summary>
    /// Renders the chart up to <paramref name="until"/> (normally now), which extends the last step; dates in
    /// <paramref name="zone"/>; <paramref name="subtitle"/> (e.g. the current dates) goes under the title.
    /// </summary>
    public static string Render(TherapyRecord timeline, DateTimeOffset until, string title, TimeZoneInfo zone, string? subtitle = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(timeline);
        var doses = timeline.Doses;
        var start = timeline.Effective.Count > 0 ? timeline.Effective.Min(e => e.OccurredAt) : until.AddDays(-30);
        var end = new[] { until, timeline.Effective.Count > 0 ? timeline.Effective.Max(e => e.OccurredAt) : until }.Max();
        if (end - start < TimeSpan.FromDays(1))
        {
            end = start.AddDays(1);
        }

        var maxDose = doses.Count == 0 ? 100m : doses.Max(d => d.Dose.MicrogramsPerDay);
        var yTicks = NiceTicks(maxDose <= 0 ? 100m : maxDose * 1.1m);
        var yMax = (double)yTicks[^1];
        double X(DateTimeOffset t) => Left + ((t - start).TotalSeconds / (end - start).TotalSeconds * (Width - Left - Right));
        double Y(decimal mcgPerDay) => Height - Bottom - ((double)mcgPerDay / yMax * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{N(Width)}" height="{N(Height)}" viewBox="0 0 {N(Width)} {N(Height)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12" role="img" aria-label="{Text(title)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title>{Text(title)}</title><rect width="100%" height="100%" fill="white"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Width / 2)}" y="24" text-anchor="middle" font-size="15" font-weight="bold">{Text(title)}</text>""");
        if (subtitle is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Width / 2)}" y="40" text-anchor="middle" font-size="11" fill="#444">{Text(subtitle)}</text>""");
        }

        foreach (var tick in yTicks)
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" y1="{N(y)}" x2="{N(Width - Right)}" y2="{N(y)}" stroke="#e3e3e3"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Left - 8)}" y="{N(y + 4)}" text-anchor="end">{tick.ToString(CultureInfo.InvariantCulture)}</text>""");
        }

        foreach (var (tick, label) in TimeTicks(start, end, zone))
        {
            var x = X(tick);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(Height - Bottom)}" x2="{N(x)}" y2="{N(Height - Bottom + 5)}" stroke="black"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x)}" y="{N(Height - Bottom + 18)}" text-anchor="middle">{Text(label)}</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" y1="{N(Top)}" x2="{N(Left)}" y2="{N(Height - Bottom)}" stroke="black"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" y1="{N(Height - Bottom)}" x2="{N(Width - Right)}" y2="{N(Height - Bottom)}" stroke="black"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text transform="translate(20 {N((Top + Height - Bottom) / 2)}) rotate(-90)" text-anchor="middle">Daily dose (mcg/day)</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N((Left + Width - Right) / 2)}" y="{N(Height - Bottom + 40)}" text-anchor="middle">Date (local)</text>""");

        if (doses.Count > 0)
        {
            var points = new List<string>();
            for (var i = 0; i < doses.Count; i++)
            {
                if (i > 0)
                {
                    points.Add($"{N(X(doses[i].At))},{N(Y(doses[i - 1].Dose.MicrogramsPerDay))}");
                }

                points.Add($"{N(X(doses[i].At))},{N(Y(doses[i].Dose.MicrogramsPerDay))}");
            }

            points.Add($"{N(X(end))},{N(Y(doses[^1].Dose.MicrogramsPerDay))}");
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="{string.Join(' ', points)}"><title>Daily dose, mcg/day</title></polyline>""");
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N((Left + Width - Right) / 2)}" y="{N((Top + Height - Bottom) / 2)}" text-anchor="middle" fill="#777">No dose recorded yet</text>""");
        }

        var axis = Height - Bottom;
        foreach (var fill in timeline.Fills)
        {
            var x = X(fill.At);
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{N(x)},{N(axis - 2)} l-6,-10 h12 z" fill="#2a7de1"><title>Fill {Text(Day(fill.At))}: {Text(fill.Volume.ToString())} at {Text(fill.Concentration.ToString())}</title></path>""");
        }

        foreach (var alarm in timeline.Alarms)
        {
            var x = X(alarm.At);
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(x)}" cy="{N(Top + 6)}" r="6" fill="#d62728"><title>Alarm {Text(Day(alarm.At))}: {Text(Domain.Log.LogCodes.Code(alarm.Alarm))}</title></circle>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(Top + 12)}" x2="{N(x)}" y2="{N(axis)}" stroke="#d62728" stroke-dasharray="3 3"/>""");
        }

        var legendY = Height - 14;
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" y1="{N(legendY - 4)}" x2="{N(Left + 24)}" y2="{N(legendY - 4)}" stroke="#1f5fa8" stroke-width="2"/><text x="{N(Left + 30)}" y="{N(legendY)}">daily dose (mcg/day)</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{N(Left + 206)},{N(legendY)} l-6,-10 h12 z" fill="#2a7de1"/><text x="{N(Left + 218)}" y="{N(legendY)}">fill / refill</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(Left + 320)}" cy="{N(legendY - 4)}" r="6" fill="#d62728"/><text x="{N(Left + 332)}" y="{N(legendY)}">pump alarm</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Round tick values from zero to at least <paramref name="max"/>: steps of 1, 2 or 5 × 10^n, about five of them.</summary>
    internal static decimal[] NiceTicks(decimal max)
    {
        var raw = max / 5m;
        var magnitude = 1m;
        while (magnitude * 10m <= raw)
        {
            magnitude *= 10m;
        }

        while (magnitude > raw && magnitude > 0.001m)
        {
            magnitude /= 10m;
        }

        var step = StepFactors.Select(f => f * magnitude).First(s => s >= raw);
        var ticks = new List<decimal>();
        for (var t = 0m; ticks.Count == 0 || ticks[^1] < max; t += step)
        {
            ticks.Add(t);
        }

        return [.. ticks];
    }

    /// <summary>Date ticks from <paramref name="start"/> to <paramref name="end"/>, about ten or fewer: days, weeks, months or years by the span, labelled in <paramref name="zone"/>.</summary>
    internal static IEnumerable<(DateTimeOffset Tick, string Label)> TimeTicks(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var days = (end - start).TotalDays;
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        if (days <= 14)
        {
            return Steps(local.Date, d => d.AddDays(1), "MM-dd");
        }

        if (days <= 120)
        {
            return Steps(local.Date, d => d.AddDays(7), "MM-dd");
        }

        if (days <= 900)
        {
            var months = Math.Max(1, (int)Math.Ceiling(days / 30.4 / 10));
            return Steps(new DateTime(local.Year, local.Month, 1), d => d.AddMonths(months), "yyyy-MM");
        }

        var years = Math.Max(1, (int)Math.Ceiling(days / 365.25 / 10));
        return Steps(new DateTime(local.Year, 1, 1), d => d.AddYears(years), "yyyy");

        IEnumerable<(DateTimeOffset, string)> Steps(DateTime first, Func<DateTime, DateTime> next, string format)
        {
            for (var d = first; ; d = next(d))
            {
                var tick = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
                if (tick > end)
                {
                    yield break;
                }

                if (tick >= start)
                {
                    yield return (tick, d.ToString(format, CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static string Day(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A coordinate as SVG writes it: invariant, at most one decimal.</summary>
    internal static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Text escaped for SVG content and attributes.</summary>
    internal static string Text(string text) => WebUtility.HtmlEncode(text);
}

using System.Drawing;
using System.Globalization;
using System.Text;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// A titration plan as a chart: the daily dose (mcg/day, up; the table beside it names the unit) against the day (the day of the month, across), as steps
/// from today's dose to the target, each step's new dose marked. It scales itself to the room it is given.
/// </summary>
internal sealed class DoseChart : GraphView
{
    private readonly ScatterSeries marks = new() { Fill = new GraphCellToRender(new Rune('●')) };
    private DateOnly origin;
    private float lastDay = 1;
    private float lowest;
    private float highest = 1;

    /// <summary>An empty chart.</summary>
    public DoseChart()
    {
        MarginLeft = 4;
        MarginBottom = 2;
        AxisY.LabelGetter = v => v.Value.ToString("0", CultureInfo.InvariantCulture);
        AxisX.LabelGetter = v => origin.AddDays((int)Math.Round(v.Value)).Day.ToString(CultureInfo.InvariantCulture);
        Series.Add(marks);
        CanFocus = false;
    }

    /// <summary>The steps drawn: today's dose the day before the first step, then each step.</summary>
    public void Show(MassFlow current, DateOnly firstDay, IReadOnlyList<TitrationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        origin = firstDay.AddDays(-1);
        var level = (float)current.MicrogramsPerDay;
        var points = new List<PointF> { new(0, level) };
        var doses = new List<PointF>();
        foreach (var step in steps)
        {
            var day = step.Date.DayNumber - origin.DayNumber;
            var dose = (float)step.Dose.MicrogramsPerDay;
            points.Add(new PointF(day, level));
            points.Add(new PointF(day, dose));
            doses.Add(new PointF(day, dose));
            level = dose;
        }

        lastDay = points[^1].X + 1;
        points.Add(new PointF(lastDay, level));
        Annotations.Clear();
        for (var i = 1; i < points.Count; i++)
        {
            // Each dose held is a level line; each step up or down a riser.
            var rising = points[i].X == points[i - 1].X;
            Annotations.Add(new PathAnnotation { Points = [points[i - 1], points[i]], LineRune = new Rune(rising ? '│' : '─'), BeforeSeries = true });
        }

        marks.Points = doses;
        var all = points.Select(p => p.Y).ToArray();
        (lowest, highest) = (all.Min() * 0.8f, Math.Max(all.Max() * 1.05f, (all.Min() * 0.8f) + 1));
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Math.Max(1, Viewport.Width - (int)MarginLeft - 1);
        var height = Math.Max(1, Viewport.Height - (int)MarginBottom);
        CellSize = new PointF(lastDay / width, (highest - lowest) / height);
        ScrollOffset = new PointF(0, lowest);
        AxisY.Increment = CellSize.Y * Math.Max(1, height / 3);
        AxisY.ShowLabelsEvery = 1;
        AxisX.Increment = Math.Max(1, (float)Math.Ceiling(lastDay / Math.Max(1, width / 5f)));
        AxisX.ShowLabelsEvery = 1;
        return base.OnDrawingContent(context);
    }
}

using System.Drawing;
using System.Globalization;
using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Domain.Log.Timeline;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Review;

/// <summary>
/// The daily dose against time, as steps: each dose holds from the moment it took effect until the next (zero while
/// suspended or after explant), the last until now. A title names the patient and the span; a line under the graph lists
/// the newest steps at bedside precision. The scale fits whatever room the window gives it.
/// </summary>
internal sealed class DoseChart : View
{
    private const int StepsListed = 4;

    private readonly PlainLabel title = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
    private readonly DoseGraph graph = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1) };
    private readonly PlainLabel steps = new() { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };

    /// <summary>An empty chart.</summary>
    public DoseChart()
    {
        CanFocus = true;
        Add(title, graph, steps);
    }

    /// <summary>Draws a patient's dose steps up to <paramref name="now"/>.</summary>
    /// <param name="record">The patient's whole log read in one pass.</param>
    /// <param name="now">The end of the last step.</param>
    /// <param name="local">Formats a moment in the clinic's time zone.</param>
    /// <param name="localDate">The local date of a moment.</param>
    public void Show(TherapyRecord record, DateTimeOffset now, Func<DateTimeOffset, string> local, Func<DateTimeOffset, DateOnly> localDate)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(localDate);
        var doses = record.Doses;
        var name = $"Daily dose (mcg/day), patient {record.Patient.Id.Value}";
        if (doses.Count == 0)
        {
            title.Text = $"{name}: no dose recorded yet.";
            steps.Text = string.Empty;
            graph.Plot([], default);
            return;
        }

        var start = localDate(doses[0].At);
        title.Text = $"{name}, {Date(start)} to {Date(localDate(now))} ({doses.Count} step{(doses.Count == 1 ? string.Empty : "s")})";
        steps.Text = (doses.Count > StepsListed ? $"newest {StepsListed}: " : "Steps: ")
            + string.Join(" → ", doses.TakeLast(StepsListed).Select(d => $"{local(d.At)} {Figures.Of(d.Dose)}"));
        graph.Plot(Points(doses, now, doses[0].At), start);
    }

    private static List<PointF> Points(IReadOnlyList<DoseStep> doses, DateTimeOffset now, DateTimeOffset origin)
    {
        float Day(DateTimeOffset moment) => (float)(moment - origin).TotalDays;
        float Dose(DoseStep step) => (float)step.Dose.MicrogramsPerDay;
        var points = new List<PointF> { new(0, Dose(doses[0])) };
        for (var i = 1; i < doses.Count; i++)
        {
            points.Add(new PointF(Day(doses[i].At), Dose(doses[i - 1])));
            points.Add(new PointF(Day(doses[i].At), Dose(doses[i])));
        }

        points.Add(new PointF(Math.Max(Day(now), points[^1].X), Dose(doses[^1])));
        return points;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The graph itself: a path of steps, dates along the bottom, mcg/day up the side, fitted to its frame.</summary>
    private sealed class DoseGraph : GraphView
    {
        private const int CellsPerDateLabel = 16;

        private static readonly float[] RoundMultiples = [1f, 2f, 5f, 10f];

        private readonly PathAnnotation path = new() { BeforeSeries = true };
        private DateOnly start;

        public DoseGraph()
        {
            Annotations.Add(path);
            AxisX.LabelGetter = v => start.AddDays((int)Math.Round(v.Value)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            AxisY.LabelGetter = v => v.Value.ToString("0", CultureInfo.InvariantCulture);
            AxisX.ShowLabelsEvery = 1;
            AxisY.ShowLabelsEvery = 1;
            MarginBottom = 2;
        }

        public void Plot(List<PointF> points, DateOnly first)
        {
            start = first;
            path.Points = points;
            Visible = points.Count > 0;
            Fit();
        }

        protected override void OnFrameChanged(in Rectangle frame)
        {
            base.OnFrameChanged(frame);
            Fit();
        }

        private void Fit()
        {
            if (path.Points.Count == 0)
            {
                return;
            }

            var top = Math.Max(1f, path.Points.Max(p => p.Y)) * 1.15f;
            MarginLeft = (uint)top.ToString("0", CultureInfo.InvariantCulture).Length + 1;
            var columns = Math.Max(10, Viewport.Width - (int)MarginLeft - 1);
            var rows = Math.Max(4, Viewport.Height - (int)MarginBottom - 1);
            var days = Math.Max(1f, path.Points.Max(p => p.X));
            CellSize = new PointF(days / columns, top / rows);
            AxisX.Increment = CellSize.X * CellsPerDateLabel;
            AxisY.Increment = Math.Max(CellSize.Y, Nice(top / 4));
            SetNeedsDraw();
        }

        // 1, 2 or 5 times a power of ten: round figures up the dose axis.
        private static float Nice(float step)
        {
            var power = MathF.Pow(10, MathF.Floor(MathF.Log10(Math.Max(step, 1f))));
            return RoundMultiples.Select(m => m * power).First(v => v >= step);
        }
    }
}

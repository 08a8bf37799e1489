using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// The score trends from the assessments, one series per scale taken, each on the scale's own range: SPS distribution of
/// stiffness (0–6 regions), SPS heightened sensitivity (0–7 triggers), Modified Ashworth (the six grades 0, 1, 1+, 2, 3,
/// 4 at positions 0–5) and Penn spasm frequency (0–4). A scale scored at several sites at once counts its highest score,
/// as everywhere else the log is read (<see cref="AssessmentReading"/>).
/// </summary>
internal static class ScoreTrends
{
    public static IEnumerable<PointSeries> Read(IEnumerable<LogEvent> standing, TimelineReading reading, ICollection<string> notes)
    {
        var stiffness = new List<ScorePoint>();
        var sensitivity = new List<ScorePoint>();
        var ashworth = new List<ScorePoint>();
        var penn = new List<ScorePoint>();
        foreach (var e in standing.Where(e => e.Kind == EventKind.Assessment))
        {
            AssessmentScores scores;
            try
            {
                scores = AssessmentReading.Read(e.ReadPayload<AssessmentPayload>()!);
            }
            catch (InvalidInputException ex)
            {
                notes.Add($"assessment event {e.Seq} is left out of the score trends: {ex.Message}");
                continue;
            }

            ScorePoint Point(int position, string score) => new(reading.DateOf(e.OccurredAt), e.OccurredAt, position, score, e.Seq);
            if (scores.SpsDistributionOfStiffness is { } d)
            {
                stiffness.Add(Point(d.Score, d.ToString()));
            }

            if (scores.SpsHeightenedSensitivity is { } s)
            {
                sensitivity.Add(Point(s.Score, s.ToString()));
            }

            if (scores.ModifiedAshworth is { } mas)
            {
                ashworth.Add(Point(mas.Rank, mas.Code));
            }

            if (scores.PennSpasmFrequency is { } p)
            {
                penn.Add(Point(p.Score, p.ToString()));
            }
        }

        yield return new PointSeries(
            "sps-distribution-of-stiffness",
            "SPS distribution of stiffness",
            "regions",
            new TimelineScale(SpsDistributionOfStiffness.Minimum, SpsDistributionOfStiffness.Maximum, "SPS distribution of stiffness (0–6 regions)"),
            stiffness);
        yield return new PointSeries(
            "sps-heightened-sensitivity",
            "SPS heightened sensitivity",
            "triggers",
            new TimelineScale(SpsHeightenedSensitivity.Minimum, SpsHeightenedSensitivity.Maximum, "SPS heightened sensitivity (0–7 triggers)"),
            sensitivity);
        yield return new PointSeries(
            "modified-ashworth",
            "Modified Ashworth",
            "grade",
            new TimelineScale(0, ModifiedAshworth.All.Count - 1, "Modified Ashworth grade (0, 1, 1+, 2, 3, 4)")
            {
                Ticks = [.. ModifiedAshworth.All.Select(g => new ScaleTick(g.Rank, g.Code))],
            },
            ashworth);
        yield return new PointSeries(
            "penn-spasm-frequency",
            "Penn spasm frequency",
            "score",
            new TimelineScale(PennSpasmFrequency.Minimum, PennSpasmFrequency.Maximum, "Penn spasm frequency (0–4)"),
            penn);
    }
}

using System.Globalization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// One patient's therapies on one time axis, read from their corrected log (corrected events left out, as in every
/// reading of the log): the intrathecal daily dose as steps (the steps of <see cref="TherapyRecord.Doses"/>, which the
/// dose chart draws), the screening boluses, the concomitant medicines' daily totals as steps, immunotherapy courses as
/// bands, and the score trends, each series on its own labelled scale. The ITB dose series is always there; any other
/// only when the log holds something for it.
/// </summary>
/// <remarks>
/// From a first date on, a step series starts with the value in force then (carried in, marked so); a band that began
/// before starts at the first date; scores are observations, not values in force, so those taken before it are left out.
/// </remarks>
public sealed record TherapyTimeline
{
    /// <summary>The ITB daily dose series' code.</summary>
    public const string ItbDoseId = "itb-dose";

    private TherapyTimeline(PatientId patient, DateOnly from, DateOnly to, IReadOnlyList<TimelineSeries> series, IReadOnlyList<string> notes)
    {
        Patient = patient;
        From = from;
        To = to;
        Series = series;
        Notes = notes;
    }

    /// <summary>Whose timeline.</summary>
    public PatientId Patient { get; }

    /// <summary>The first date of the axis: the date asked for, else the first date anything was given or scored.</summary>
    public DateOnly From { get; }

    /// <summary>The last date of the axis: today, or the last day of a course that runs on after it.</summary>
    public DateOnly To { get; }

    /// <summary>The series, in lane order: ITB dose, screening boluses, medicines, immunotherapy, scores.</summary>
    public IReadOnlyList<TimelineSeries> Series { get; }

    /// <summary>What the reading left out and why (an assessment whose scores cannot be read); empty normally.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The ITB daily dose series.</summary>
    public StepSeries ItbDose => (StepSeries)Series[0];

    /// <summary>Reads a patient's timeline.</summary>
    /// <param name="record">The patient's log read in one pass (<see cref="TherapyRecord.Read"/>).</param>
    /// <param name="zone">The clinic's time zone, which turns logged moments into dates.</param>
    /// <param name="today">Today in the clinic: the axis runs to it at least.</param>
    /// <param name="from">The first date to show, or null for the whole log.</param>
    /// <exception cref="InvalidInputException">The first date is after today.</exception>
    public static TherapyTimeline Read(TherapyRecord record, TimeZoneInfo zone, DateOnly today, DateOnly? from = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(zone);
        if (from > today)
        {
            throw new InvalidInputException("first date", $"A timeline from {Iso(from.Value)} starts after today ({Iso(today)}): give a date on or before today.");
        }

        var reading = new TimelineReading(zone);
        var standing = record.Effective;
        var notes = new List<string>();
        var itb = new StepSeries(
            ItbDoseId,
            "ITB daily dose",
            MassFlowUnit.MicrogramPerDay,
            new TimelineScale(0, record.Doses.Count == 0 ? 0 : record.Doses.Max(d => d.Dose.MicrogramsPerDay), "Intrathecal baclofen daily dose (mcg/day)"),
            [.. record.Doses.Select(d => new TimelineStep(reading.DateOf(d.At), d.At, d.Dose.ToUnit(MassFlowUnit.MicrogramPerDay), Code(standing, d.Seq), d.Seq))]);
        var others = new List<TimelineSeries> { CourseBands.ScreeningBoluses(standing, reading) };
        others.AddRange(MedicineSeries.Read(standing, reading));
        others.Add(CourseBands.Ivig(standing, reading));
        others.Add(CourseBands.PlasmaExchange(standing, reading));
        others.AddRange(ScoreTrends.Read(standing, reading, notes));
        var all = new List<TimelineSeries> { itb };
        all.AddRange(others.Where(s => !s.IsEmpty));

        var first = from ?? all.SelectMany(FirstDates).DefaultIfEmpty(today).Min();
        var clipped = from is { } start ? [.. all.Select(s => Clip(s, start))] : all;
        var shown = clipped.Where((s, i) => i == 0 || !s.IsEmpty).ToArray();
        var last = new[] { today }.Concat(shown.OfType<BandSeries>().SelectMany(b => b.Bands).Select(b => b.To)).Max();
        return new TherapyTimeline(record.Patient.Id, first < last ? first : last, last, shown, notes);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Code(IReadOnlyList<LogEvent> standing, long seq) =>
        standing.FirstOrDefault(e => e.Seq == seq) is { } e ? LogCodes.Code(e.Kind) : "event";

    private static IEnumerable<DateOnly> FirstDates(TimelineSeries series) => series switch
    {
        StepSeries steps => steps.Steps.Take(1).Select(s => s.Date),
        BandSeries bands => bands.Bands.Take(1).Select(b => b.From),
        PointSeries points => points.Points.Take(1).Select(p => p.Date),
        _ => [],
    };

    private static TimelineSeries Clip(TimelineSeries series, DateOnly from) => series switch
    {
        StepSeries steps => steps with { Steps = ClipSteps(steps.Steps, from) },
        BandSeries bands => bands with
        {
            Bands = [.. bands.Bands.Where(b => b.To >= from).Select(b => b.From >= from ? b : b with { From = from, Working = $"{b.Working}; began {Iso(b.From)}, before the timeline's first date" })],
        },
        PointSeries points => points with { Points = [.. points.Points.Where(p => p.Date >= from)] },
        _ => series,
    };

    private static TimelineStep[] ClipSteps(IReadOnlyList<TimelineStep> steps, DateOnly from)
    {
        var before = steps.LastOrDefault(s => s.Date < from);
        var after = steps.Where(s => s.Date >= from);
        return before is null ? [.. after] : [before with { Date = from, CarriedIn = true }, .. after];
    }
}

using System.Globalization;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Domain.Scheduling;

/// <summary>
/// One fill interval read from a patient's log in whole local days, as the refill and reconciliation calculators count
/// them: the fill, and the programmed volume rates in force from the fill date on. A dose change, a suspension or a
/// resumption starts a new segment from the local day it happened; of several changes on one day the last counts.
/// </summary>
public sealed record FillInterval
{
    private FillInterval(FillRecord fill, DateOnly fillDate, IReadOnlyList<RateSegment> segments)
    {
        Fill = fill;
        FillDate = fillDate;
        Segments = segments;
    }

    /// <summary>The fill: the first fill at implant or a refill.</summary>
    public FillRecord Fill { get; }

    /// <summary>The local date of the fill.</summary>
    public DateOnly FillDate { get; }

    /// <summary>The rates in force, in date order; the first starts on <see cref="FillDate"/>, each runs to the next's start.</summary>
    public IReadOnlyList<RateSegment> Segments { get; }

    /// <summary>The first day of the last segment: the day the current consumption took over (the fill date when nothing changed).</summary>
    public DateOnly LastChange => Segments[^1].From;

    /// <summary>
    /// The newest fill on or before <paramref name="through"/> and the rates in force from it up to that day, or null when
    /// the log holds no fill by then.
    /// </summary>
    /// <param name="record">The patient's log.</param>
    /// <param name="zone">The clinic's time zone, which turns logged moments into dates.</param>
    /// <param name="through">The last local day to read; later fills and changes are ignored.</param>
    public static FillInterval? Read(TherapyRecord record, TimeZoneInfo zone, DateOnly through)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(zone);
        var fill = record.Fills.LastOrDefault(f => LocalDate(f.At, zone) <= through);
        if (fill is null)
        {
            return null;
        }

        var fillDate = LocalDate(fill.At, zone);
        var initial = record.Doses.LastOrDefault(d => d.At <= fill.At);
        var segments = new List<RateSegment>
        {
            initial is null
                ? new RateSegment(fillDate, MassFlow.Zero, VolumeFlow.Zero, fill.Seq)
                : new RateSegment(fillDate, initial.Dose, initial.Rate, initial.Seq) { Concentration = initial.Concentration },
        };
        foreach (var step in record.Doses.Where(d => d.At > fill.At))
        {
            var from = LocalDate(step.At, zone);
            if (from > through)
            {
                break;
            }

            var segment = new RateSegment(from, step.Dose, step.Rate, step.Seq) { Concentration = step.Concentration };
            if (segments[^1].From == from)
            {
                segments[^1] = segment;
            }
            else
            {
                segments.Add(segment);
            }
        }

        return new FillInterval(fill, fillDate, segments);
    }

    /// <summary>The volume delivered at the programmed rates from the fill date up to (not including) a date.</summary>
    public Volume UsedBy(DateOnly date) => ExactUsedBy(date).ToVolume();

    /// <summary>
    /// The reservoir part-way through the fill on a date after the fill date, for the calculators; null on the fill date
    /// (nothing used yet: plan from the fill itself). The volume used is carried exactly, as counted from each program's
    /// dose and concentration.
    /// </summary>
    public ReservoirUse? UseAsOf(DateOnly date)
    {
        if (date <= FillDate)
        {
            return null;
        }

        var used = ExactUsedBy(date);
        return new ReservoirUse(date, used.ToVolume()) { ExactUsed = used };
    }

    private Fraction ExactUsedBy(DateOnly date)
    {
        var used = Fraction.Zero;
        for (var i = 0; i < Segments.Count; i++)
        {
            var end = i + 1 < Segments.Count ? Segments[i + 1].From : date;
            var days = Math.Min(end.DayNumber, date.DayNumber) - Segments[i].From.DayNumber;
            if (days > 0)
            {
                used += ExactRates.Over(Segments[i].ExactRate, days);
            }
        }

        return used;
    }

    /// <summary>Working lines: the fill, and each rate segment with the volume it used before <paramref name="until"/>.</summary>
    public IReadOnlyList<string> Describe(DateOnly until)
    {
        var lines = new List<string>
        {
            $"last fill: {Fill.Volume.Display()} at {Fill.Concentration.Display()} on {FillDate.Display()} (event {Fill.Seq.ToString(CultureInfo.InvariantCulture)})",
        };
        for (var i = 0; i < Segments.Count; i++)
        {
            var s = Segments[i];
            var end = i + 1 < Segments.Count ? Segments[i + 1].From : until;
            var what = s.Rate > VolumeFlow.Zero ? $"{s.Dose.Display()} = {s.Rate.Display()}" : "suspended, 0 mL/day";
            var seq = s.Seq.ToString(CultureInfo.InvariantCulture);
            var days = end.DayNumber - s.From.DayNumber;
            lines.Add(days > 0
                ? $"from {s.From.Display()}: {what} (event {seq}), {days} {(days == 1 ? "day" : "days")} to {end.Display()} = {ExactRates.Over(s.ExactRate, days).ToVolume().Display()}"
                : $"from {s.From.Display()}: {what} (event {seq}), in force from {until.Display()} on");
        }

        return lines;
    }

    private static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
}

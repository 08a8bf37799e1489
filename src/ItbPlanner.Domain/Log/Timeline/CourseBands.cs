using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>Courses given over days, as bands: the screening boluses (each a one-day band).</summary>
internal static class CourseBands
{
    public static BandSeries ScreeningBoluses(IEnumerable<LogEvent> standing, TimelineReading reading)
    {
        var bands = new List<TimelineBand>();
        foreach (var e in standing.Where(e => e.Kind == EventKind.ScreeningBolus))
        {
            var bolus = e.ReadPayload<ScreeningBolusPayload>()!;
            var day = reading.DateOf(e.OccurredAt);
            var number = bolus.BolusNumber is { } n ? $" {n}" : string.Empty;
            var how = string.Join(" ", new[]
            {
                bolus.Volume is { } volume ? $"{volume}" : null,
                bolus.Concentration is { } strength ? $"of {strength}" : null,
                bolus.Route is { } route ? $"by {LogCodes.Code(route)}" : null,
            }.Where(part => part is not null));
            bands.Add(new TimelineBand(day, day, $"{bolus.Dose} bolus{number}", $"screening bolus{number}: {bolus.Dose}" + (how.Length > 0 ? $" ({how})" : string.Empty) + ", given on one day", LogCodes.Code(e.Kind), e.Seq));
        }

        return new BandSeries("screening-bolus", "ITB screening bolus", "mcg", bands);
    }
}

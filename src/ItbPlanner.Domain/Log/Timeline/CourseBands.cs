using ItbPlanner.Domain.Immunotherapy;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// Courses given over days, as bands with both days included: IVIG from the event's date over its days, plasma exchange
/// from the first session to the last ((sessions − 1) × interval later), the screening boluses (each a one-day band).
/// </summary>
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

    public static BandSeries Ivig(IEnumerable<LogEvent> standing, TimelineReading reading)
    {
        var bands = new List<TimelineBand>();
        foreach (var e in standing.Where(e => e.Kind == EventKind.Ivig))
        {
            var ivig = e.ReadPayload<IvigPayload>()!;
            var first = reading.DateOf(e.OccurredAt);
            var last = ivig.LastDay(first);
            var perDay = ivig.PerDayIsExact ? $"{ivig.PerDay} a day" : $"{ivig.PerDay.Display()} a day (rounded)";
            bands.Add(new TimelineBand(
                first,
                last,
                $"IVIG {ivig.Total} over {CourseSpan.Days(ivig.Days)}",
                $"{ivig.DosePerKg} × {ivig.Weight} = {ivig.Total}; ÷ {CourseSpan.Days(ivig.Days)} = {perDay}; last day = first day + {ivig.Days} − 1",
                LogCodes.Code(e.Kind),
                e.Seq));
        }

        return new BandSeries("ivig", "IVIG", "g", bands);
    }

    public static BandSeries PlasmaExchange(IEnumerable<LogEvent> standing, TimelineReading reading)
    {
        var bands = new List<TimelineBand>();
        foreach (var e in standing.Where(e => e.Kind == EventKind.PlasmaExchange))
        {
            var exchange = e.ReadPayload<PlasmaExchangePayload>()!;
            var first = reading.DateOf(e.OccurredAt);
            bands.Add(new TimelineBand(
                first,
                exchange.LastSessionDate(first),
                $"plasma exchange, {exchange.Sessions} sessions every {CourseSpan.Text(exchange.Every)}",
                $"last session = first + ({exchange.Sessions} − 1) × {CourseSpan.Text(exchange.Every)} = {CourseSpan.Text(exchange.LastSession)} later",
                LogCodes.Code(e.Kind),
                e.Seq));
        }

        return new BandSeries("plasma-exchange", "Plasma exchange", "sessions", bands);
    }

}

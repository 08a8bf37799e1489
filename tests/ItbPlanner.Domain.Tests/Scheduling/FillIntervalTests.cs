using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Scheduling;

public class FillIntervalTests
{
    private static readonly PatientHistory Titrated = History(
        "P-1",
        "T.",
        "synchromed-ii-40",
        Event(2026, 9, 1, Implant("synchromed-ii-40", 40, 500, 100)),
        Event(2026, 9, 11, Program(150, 500)),
        Event(2026, 9, 11, Program(200, 500) with { Rate = null }),
        Event(2026, 9, 21, new TherapySuspendedPayload("MRI")),
        Event(2026, 9, 23, new TherapyResumedPayload()),
        Event(2026, 10, 1, new RefillPayload(Ml(30), Ml(40), Conc(500))),
        Event(2026, 10, 11, Program(300, 500)));

    private static FillInterval Read(PatientHistory history, DateOnly through) =>
        FillInterval.Read(history.Record(Now), TimeZoneInfo.Utc, through) ?? throw new InvalidOperationException("no fill");

    [Fact]
    public void Changes_on_one_day_collapse_to_the_last_and_suspensions_are_zero_rate_segments()
    {
        var interval = Read(Titrated, new DateOnly(2026, 9, 30));

        Assert.Equal(new DateOnly(2026, 9, 1), interval.FillDate);
        Assert.Equal([0.2m, 0.4m, 0m, 0.4m], interval.Segments.Select(s => s.Rate.MillilitersPerDay));
        Assert.Equal(new DateOnly(2026, 9, 23), interval.LastChange);

        // 10 days at 0.2 + 10 at 0.4 + 2 suspended + 7 at 0.4 up to 2026-09-30 = 2 + 4 + 0 + 2.8 mL.
        Assert.Equal(Volume.FromMilliliters(8.8m), interval.UsedBy(new DateOnly(2026, 9, 30)));
        Assert.Equal(Volume.Zero, interval.UsedBy(interval.FillDate));
    }

    [Fact]
    public void The_newest_fill_by_the_day_read_starts_the_interval_with_the_program_then_in_force()
    {
        var interval = Read(Titrated, new DateOnly(2026, 11, 21));

        Assert.Equal(new DateOnly(2026, 10, 1), interval.FillDate);
        Assert.Equal([0.4m, 0.6m], interval.Segments.Select(s => s.Rate.MillilitersPerDay));
        Assert.Equal(new DateOnly(2026, 10, 11), interval.UseAsOf(interval.LastChange)?.AsOf);
        Assert.Equal(Volume.FromMilliliters(4), interval.UseAsOf(interval.LastChange)?.Used);
        Assert.Null(interval.UseAsOf(interval.FillDate));
    }

    [Fact]
    public void Changes_and_fills_after_the_day_read_are_ignored()
    {
        var interval = Read(Titrated, new DateOnly(2026, 9, 10));

        Assert.Single(interval.Segments);
        Assert.Null(FillInterval.Read(Titrated.Record(Now), TimeZoneInfo.Utc, new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void Local_dates_come_from_the_clinic_time_zone()
    {
        // 2026-09-01 10:00 UTC is already 2026-09-02 in a zone 14 hours ahead.
        var ahead = TimeZoneInfo.CreateCustomTimeZone("Test+14", TimeSpan.FromHours(14), "Test+14", "Test+14");
        var interval = FillInterval.Read(Titrated.Record(Now), ahead, new DateOnly(2026, 9, 5));

        Assert.Equal(new DateOnly(2026, 9, 2), interval?.FillDate);
    }
}

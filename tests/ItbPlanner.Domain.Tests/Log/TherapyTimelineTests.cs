using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

/// <summary>The therapy timeline read model: what a first date keeps, and which events it reads.</summary>
public class TherapyTimelineTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly DateTimeOffset Registered = new(2025, 12, 31, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Drugs = [ConcomitantDrug.OralBaclofen, ConcomitantDrug.Diazepam, "tizanidine"];
    private static readonly int[] Intervals = [6, 8, 12, 24];

    [Fact]
    public void From_any_first_date_every_medicine_has_the_daily_total_in_force_on_each_day_the_whole_timeline_gives()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var record = History(random).Record(Registered.AddYears(1));
            var from = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 320));
            var whole = TherapyTimeline.Read(record, TimeZoneInfo.Utc, Today);
            var clipped = TherapyTimeline.Read(record, TimeZoneInfo.Utc, Today, from);

            Assert.Equal(from, clipped.From);
            foreach (var series in clipped.Series.OfType<StepSeries>())
            {
                Assert.All(series.Steps, s => Assert.True(s.Date >= from, $"{series.Id}: a step dated {s.Date} before {from}"));
                Assert.All(series.Steps.Skip(1), s => Assert.False(s.CarriedIn));
                var full = whole.Series.OfType<StepSeries>().Single(s => s.Id == series.Id);
                for (var day = from; day <= Today; day = day.AddDays(1))
                {
                    Assert.Equal(InForce(full, day), InForce(series, day));
                }
            }

            // A medicine stopped or changed only before the first date still shows its value in force then.
            var carried = whole.Series.OfType<StepSeries>().Where(s => s.Steps.Any(step => step.Date < from)).Select(s => s.Id);
            Assert.All(carried, id => Assert.Contains(clipped.Series, s => s.Id == id));
        }));
    }

    [Fact]
    public void A_medicine_whose_every_event_is_corrected_away_has_no_series()
    {
        var history = new PatientHistory(Patient(), Registered, [new HistoryEvent(Registered.AddDays(2), Dose("diazepam", 5, 6))]);
        var sealedEvents = history.Seal(Registered.AddDays(3)).ToList();
        var correction = new NewEvent(history.Patient.Id, Registered.AddDays(3), "nurse", new CorrectionPayload("entered in error"), "wrong patient", correctsSeq: 2)
            .Seal(3, Registered.AddDays(3), sealedEvents[^1].Hash);
        var record = TherapyRecord.Read(TestProtocols.Default(), [.. sealedEvents, correction]);

        var timeline = TherapyTimeline.Read(record, TimeZoneInfo.Utc, Today);

        Assert.Equal([TherapyTimeline.ItbDoseId], timeline.Series.Select(s => s.Id));
    }

    [Fact]
    public void A_first_date_after_today_is_refused_in_words()
    {
        var record = new PatientHistory(Patient(), Registered, []).Record(Registered);

        var refused = Assert.Throws<InvalidInputException>(() => TherapyTimeline.Read(record, TimeZoneInfo.Utc, Today, Today.AddDays(1)));

        Assert.Equal("first date", refused.Input);
        Assert.Contains("2026-11-22", refused.Message, StringComparison.Ordinal);
    }

    private static MassFlow? InForce(StepSeries series, DateOnly day) => series.Steps.LastOrDefault(s => s.Date <= day)?.Daily.ToUnit(MassFlowUnit.MilligramPerDay);

    private static PatientHistory History(Random random)
    {
        var events = new List<HistoryEvent>();
        var at = Registered.AddDays(1).AddHours(1);
        for (var i = random.Next(0, 14); i > 0; i--)
        {
            at = at.AddDays(random.Next(0, 40)).AddMinutes(random.Next(1, 600));
            var drug = Drugs[random.Next(Drugs.Length)];
            var payload = random.Next(5) == 0 ? new MedicationPayload(drug, Stopped: true) : Dose(drug, random.Next(1, 13) * 2.5m, Intervals[random.Next(Intervals.Length)]);
            events.Add(new HistoryEvent(at, payload));
        }

        return new PatientHistory(Patient(), Registered, events);
    }

    private static MedicationPayload Dose(string drug, decimal mg, int hours) => new(drug, Mass.FromMilligrams(mg), Duration.FromHours(hours));

    private static Patient Patient() => new(new PatientId("P1"), "A.B.", Population.Adult, SpasticityOrigin.StiffPersonSyndrome);
}

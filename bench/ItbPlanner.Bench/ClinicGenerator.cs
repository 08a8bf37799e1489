using System.Diagnostics;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Storage;

namespace ItbPlanner.Bench;

/// <summary>
/// Fills a log with a clinic's worth of plausible histories: per patient and year about 6 refills, 12 dose changes,
/// 2 alarms with their acknowledgements and 28 notes or assessments (about 50 events a year). Each patient's history is
/// appended in one transaction. The numbers are made up for load, not clinical examples.
/// </summary>
internal sealed class ClinicGenerator(int patients, int years, int seed)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public static PatientId IdOf(int index) => new($"BENCH-{index:D5}");

    /// <summary>Generates into a new database; returns the number of events written and the seconds taken.</summary>
    public (long Events, double Seconds) Generate(string path)
    {
        var clock = new FixedClock(Now);
        using var database = LogDatabase.Open(path, clock, new LogDatabaseOptions(TimeSpan.FromSeconds(30)));
        var patientStore = new PatientStore(database);
        var eventStore = new EventStore(database);
        var random = new Random(seed);
        long total = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= patients; i++)
        {
            var start = Now.AddYears(-years).AddDays(-random.Next(30, 365));
            var id = IdOf(i);
            patientStore.Register(new Patient(id, $"Patient {i}", i % 5 == 0 ? Population.Child : Population.Adult, (SpasticityOrigin)(1 + (i % 4))), start, "generator");
            var history = History(id, start, random);
            eventStore.AppendAll(history);
            total += history.Count + 1;
            if (i % 50 == 0)
            {
                Console.Error.WriteLine($"{i} patients, {total} events, {total / watch.Elapsed.TotalSeconds:F0} events/s");
            }
        }

        return (total, watch.Elapsed.TotalSeconds);
    }

    private List<NewEvent> History(PatientId id, DateTimeOffset start, Random random)
    {
        var events = new List<NewEvent>(years * 52);
        var at = start.AddDays(1);
        var dose = 100m;
        var concentration = 500m;
        var end = Now.AddDays(-1);
        var nextRefill = at.AddDays(random.Next(56, 85));
        var nextProgram = at.AddDays(random.Next(20, 40));
        var nextAlarm = at.AddDays(random.Next(120, 240));
        events.Add(new NewEvent(id, at, "generator", new ImplantPayload("synchromed-ii-40", Volume.FromMilliliters(40), Concentration(concentration), MassFlow.FromMicrogramsPerDay(dose))));
        while (at < end)
        {
            at = at.AddDays(random.Next(4, 11)).AddMinutes(random.Next(0, 600));
            if (at >= end)
            {
                break;
            }

            if (at >= nextRefill)
            {
                concentration = at - start > TimeSpan.FromDays(365) ? 2000 : 500;
                events.Add(new NewEvent(id, at, "nurse", new RefillPayload(
                    Volume.FromMilliliters(Math.Round(2 + (decimal)random.NextDouble() * 2, 1)),
                    Volume.FromMilliliters(40),
                    Concentration(concentration),
                    Volume.FromMilliliters(Math.Round(2 + (decimal)random.NextDouble() * 2, 1)),
                    $"LOT-{random.Next(1000, 9999)}",
                    DateOnly.FromDateTime(at.AddDays(80).UtcDateTime),
                    DateOnly.FromDateTime(at.AddDays(73).UtcDateTime))));
                nextRefill = at.AddDays(random.Next(56, 85));
            }
            else if (at >= nextProgram)
            {
                var previous = dose;
                dose = Math.Clamp(Math.Round(dose * (1 + ((decimal)random.NextDouble() * 0.3m) - 0.1m), 1), 50, 900);
                events.Add(new NewEvent(id, at, "Dr Generator", new DoseProgramPayload(
                    MassFlow.FromMicrogramsPerDay(dose),
                    Concentration(concentration),
                    PreviousDose: MassFlow.FromMicrogramsPerDay(previous),
                    PreviousConcentration: Concentration(concentration)), "titration"));
                nextProgram = at.AddDays(random.Next(20, 40));
            }
            else if (at >= nextAlarm)
            {
                events.Add(new NewEvent(id, at, "nurse", new AlarmRaisedPayload(AlarmType.LowReservoir, "reported by phone")));
                var alarmSeq = events.Count + 1; // the registration is seq 1, events[k] will be seq k + 2
                events.Add(new NewEvent(id, at.AddHours(2), "nurse", new AlarmAcknowledgedPayload(alarmSeq, "refill booked")));
                nextAlarm = at.AddDays(random.Next(120, 240));
            }
            else if (random.Next(4) == 0)
            {
                events.Add(new NewEvent(id, at, "physio", new AssessmentPayload([new AssessmentScore("modified-ashworth", random.Next(0, 4).ToString(System.Globalization.CultureInfo.InvariantCulture), "knee flexors")])));
            }
            else
            {
                events.Add(new NewEvent(id, at, "nurse", new NotePayload($"Review {events.Count}: stable, no side effects reported.")));
            }
        }

        return events;
    }

    private static MassConcentration Concentration(decimal mcgPerMl) => MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl);
}

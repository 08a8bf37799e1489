using System.Diagnostics;
using System.Globalization;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Storage;

namespace ItbPlanner.Bench;

/// <summary>
/// Fills a log with a clinic's worth of histories that follow the therapy workflow: baseline scores, the screening
/// schedule's first bolus with a positive response, an implant at the protocol's start dose, titration steps of the
/// protocol's default increase days apart up to a dose in the usual range, then maintenance changes within half the
/// protocol's limits; per patient and year about 6 refills, 12 dose programs, 2 alarms with their acknowledgements and
/// 28 notes or assessments. Each patient's history is appended in one transaction (checked by the guard when given).
/// Made-up values for load, not clinical examples.
/// </summary>
internal sealed class ClinicGenerator(Protocol protocol, int patients, int years, int seed, IEventGuard? guard = null)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public static PatientId IdOf(int index) => new($"BENCH-{index:D5}");

    /// <summary>Generates into a new database; returns the number of events written and the seconds taken.</summary>
    public (long Events, double Seconds) Generate(string path)
    {
        var clock = new FixedClock(Now);
        using var database = LogDatabase.Open(path, clock, new LogDatabaseOptions(TimeSpan.FromSeconds(30)));
        var patientStore = new PatientStore(database);
        var eventStore = new EventStore(database, guard);
        var random = new Random(seed);
        long total = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= patients; i++)
        {
            var start = Now.AddYears(-years).AddDays(-random.Next(30, 365));
            var id = IdOf(i);
            var patient = new Patient(id, $"Patient {i}", i % 5 == 0 ? Population.Child : Population.Adult, (SpasticityOrigin)(1 + (i % 4)));
            patientStore.Register(patient, start, "generator");
            var history = History(patient, start, random);
            eventStore.AppendAll(history);
            total += history.Count + 1;
            if (i % 50 == 0)
            {
                Console.Error.WriteLine($"{i} patients, {total} events, {total / watch.Elapsed.TotalSeconds:F0} events/s");
            }
        }

        return (total, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Generates one patient with a very long log into a new database: a workflow history over the generator's years
    /// starting 22 years ago, then copies of its notes, assessments, dose programs and refills about every 50 minutes
    /// until <paramref name="events"/> events, the newest before now. For measuring reads of a long log (log show).
    /// </summary>
    public long GenerateLong(string path, int events)
    {
        var clock = new FixedClock(Now);
        using var database = LogDatabase.Open(path, clock, new LogDatabaseOptions(TimeSpan.FromSeconds(30)));
        var random = new Random(seed);
        var start = Now.AddYears(-22);
        var patient = new Patient(IdOf(1), "Long history", Population.Adult, SpasticityOrigin.Spinal);
        new PatientStore(database).Register(patient, start, "generator");
        var history = History(patient, start, random);
        var store = new EventStore(database);
        store.AppendAll(history);
        var repeatable = history.Where(e => e.Kind is EventKind.Note or EventKind.Assessment or EventKind.DoseProgram or EventKind.Refill).ToArray();
        var at = history[^1].OccurredAt;
        var step = (Now.AddMinutes(-1) - at) / Math.Max(1, events - history.Count - 1);
        var total = history.Count + 1L;
        var batch = new List<NewEvent>(10_000);
        for (var i = 0; total < events; i++, total++)
        {
            at += step;
            var copy = repeatable[i % repeatable.Length];
            batch.Add(new NewEvent(copy.PatientId, at, copy.Author, copy.Payload, copy.Reason));
            if (batch.Count == batch.Capacity)
            {
                store.AppendAll(batch);
                batch.Clear();
            }
        }

        store.AppendAll(batch);
        return total;
    }

    private List<NewEvent> History(Patient patient, DateTimeOffset start, Random random)
    {
        var id = patient.Id;
        var origin = CourseOrigin.For(patient);
        var limits = protocol.LimitsFor(patient.Population);
        var titration = protocol.TitrationFor(origin);
        var maintenance = protocol.MaintenanceFor(origin);
        var events = new List<NewEvent>(years * 52);

        // Screening: baseline scores, the schedule's first bolus, a positive response shorter than the long-effect threshold.
        var at = start.AddDays(1);
        events.Add(new NewEvent(id, at, "physio", Ashworth(random, "baseline")));
        var bolus = protocol.ScreeningFor(patient.Population).Boluses[0].Value;
        at = at.AddHours(1);
        events.Add(new NewEvent(id, at, "Dr Generator", new ScreeningBolusPayload(bolus, protocol.Screening.Concentration.Value)));
        var effect = Math.Max(1, (int)protocol.StartDose.LongEffectThreshold.Value.Hours - random.Next(1, 5));
        at = at.Add(Span(protocol.Screening.Observation.Value));
        events.Add(new NewEvent(id, at, "Dr Generator", new ScreeningOutcomePayload(TrialOutcome.Positive, bolus, Duration.FromHours(effect))));

        // Implant at the multiplier x the bolus per day, then titration towards a dose in the usual range.
        at = at.AddDays(random.Next(14, 45));
        var dose = MassFlow.FromMicrogramsPerDay(bolus.Micrograms * protocol.StartDose.Multiplier.Value);
        var concentration = 500m;
        events.Add(new NewEvent(id, at, "surgeon", new ImplantPayload("synchromed-ii-40", Volume.FromMilliliters(40), Concentration(concentration), dose)));
        var target = Floor(limits.UsualMinimum.Value + ((limits.UsualMaximum.Value - limits.UsualMinimum.Value) * (decimal)random.NextDouble()), titration);
        var titrating = true;
        var implantedAt = at;
        var end = Now.AddDays(-1);
        var nextRefill = at.AddDays(random.Next(56, 85));
        var nextProgram = at.Add(Span(protocol.StartDose.PostImplantHold.Value));
        var nextAlarm = at.AddDays(random.Next(120, 240));
        while (at < end)
        {
            at = at.AddDays(random.Next(4, 11)).AddMinutes(random.Next(0, 600));
            if (at >= end)
            {
                break;
            }

            if (at >= nextRefill)
            {
                var strength = at - implantedAt > TimeSpan.FromDays(365) ? 2000m : 500m;
                if (strength != concentration)
                {
                    // A new strength is programmed before the refill that brings it: the log refuses the refill otherwise.
                    events.Add(new NewEvent(id, at, "nurse", new DoseProgramPayload(dose, Concentration(strength), PreviousDose: dose, PreviousConcentration: Concentration(concentration)), "new concentration at the refill"));
                    concentration = strength;
                }

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
                var phase = titrating ? DosePhase.Titration : DosePhase.Maintenance;
                if (titrating)
                {
                    // One default step, never past the target; steps are days apart, so the 24 h rule holds.
                    dose = Floor(dose * (1 + titration.DefaultIncrease.Value.Fraction), titration);
                    dose = dose > target ? target : dose;
                    titrating = dose < target;
                }
                else
                {
                    // A maintenance change of at most half the smaller of the increase and decrease limits, kept in the usual range.
                    var bound = Math.Min(maintenance.MaximumIncrease.Value.Fraction, maintenance.MaximumDecrease.Value.Fraction) / 2;
                    var next = Floor(dose * (1 + (bound * (decimal)((random.NextDouble() * 2) - 1))), titration);
                    dose = next < limits.UsualMinimum.Value || next > limits.UsualMaximum.Value ? dose : next;
                }

                events.Add(new NewEvent(id, at, "Dr Generator", Program(dose, previous, concentration, phase)));
                nextProgram = at.AddDays(phase == DosePhase.Titration ? random.Next(1, 4) : random.Next(20, 40));
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
                events.Add(new NewEvent(id, at, "physio", Ashworth(random, null)));
            }
            else
            {
                events.Add(new NewEvent(id, at, "nurse", new NotePayload($"Review {events.Count}: stable, no side effects reported.")));
            }
        }

        return events;
    }

    /// <summary>A dose program from one dose to another at the same concentration.</summary>
    public static DoseProgramPayload Program(MassFlow dose, MassFlow previous, decimal mcgPerMl, DosePhase phase) =>
        new(dose, Concentration(mcgPerMl), PreviousDose: previous, PreviousConcentration: Concentration(mcgPerMl), Phase: phase);

    /// <summary>A dose rounded down to the protocol's dose resolution.</summary>
    public static MassFlow Floor(MassFlow dose, TitrationRule rule)
    {
        var step = rule.DoseResolution.Value.MicrogramsPerDay;
        return MassFlow.FromMicrogramsPerDay(Math.Floor(dose.MicrogramsPerDay / step) * step);
    }

    private static TimeSpan Span(Duration duration) => TimeSpan.FromHours((double)duration.Hours);

    private static AssessmentPayload Ashworth(Random random, string? notes) =>
        new([new AssessmentScore("modified-ashworth", random.Next(0, 4).ToString(CultureInfo.InvariantCulture), "knee flexors")], Notes: notes);

    private static MassConcentration Concentration(decimal mcgPerMl) => MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl);
}

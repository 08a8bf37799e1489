using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Testing;

/// <summary>
/// A clinic's log on Saturday 2026-11-21 (clock 09:00 UTC, clinic days Monday to Friday, the test protocol): patients at
/// every stage, with the dates the refill calculator gives them. SynchroMed II: alarm at 2 mL, 1.4 mL it cannot deliver,
/// accuracy 14.5 %, margin 7 days. At 0.2 mL/day a 20 mL fill alarms after 90 days and may be empty after 81
/// ((20 − 1.4) ÷ 0.229), so refill-by is the last clinic day on or before fill + 74.
/// </summary>
public static class ClinicLogSamples
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    public static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Alarm 2026-11-18 and worst-case empty 2026-11-09 have passed (fill 2026-08-20): withdrawal risk now.</summary>
    public static PatientHistory PastAlarm() => History(
        "P-ALARM",
        "A.L.",
        pump: "synchromed-ii-40",
        Event(2026, 8, 20, Implant("synchromed-ii-40", 20, 500, 100)));

    /// <summary>Refill-by 2026-11-18 passed; alarm 2026-12-04, worst case 2026-11-25 still ahead; the programmer's dates match.</summary>
    public static PatientHistory Overdue() => History(
        "P-OVERDUE",
        "O.D.",
        pump: null,
        Event(2026, 3, 2, Implant("synchromed-ii-40", 40, 500, 100)),
        Event(2026, 9, 5, new RefillPayload(Ml(4.2m), Ml(20), Conc(500), AlarmDate: new DateOnly(2026, 12, 4), RefillByDate: new DateOnly(2026, 11, 18))));

    /// <summary>
    /// 40 mL implanted 2026-09-01 at 0.2 mL/day, doubled on 2026-10-01: 6 mL used by then, 34 mL left (33.13 mL in the
    /// worst case); alarm 2026-12-20, worst case 2026-12-09, refill-by Wednesday 2026-12-02, 11 days ahead.
    /// </summary>
    public static PatientHistory DueSoon() => History(
        "P-SOON",
        "S.N.",
        pump: "synchromed-ii-40",
        Event(2026, 9, 1, Implant("synchromed-ii-40", 40, 500, 100)),
        Event(2026, 10, 1, Program(200, 500), "titration"));

    /// <summary>Implanted 2026-10-15 (20 mL): alarm 2027-01-13, refill-by 2026-12-28; the programmer said alarm 2027-01-20.</summary>
    public static PatientHistory DatesDiffer() => History(
        "P-DIFF",
        "D.F.",
        pump: "synchromed-ii-40",
        Event(2026, 10, 15, Implant("synchromed-ii-40", 20, 500, 100) with { AlarmDate = new DateOnly(2027, 1, 20), RefillByDate = new DateOnly(2026, 12, 28) }));

    /// <summary>
    /// Withdrawal risk factors; refilled 2026-11-01 (40 mL): worst case 2027-04-18, refill-by Friday 2027-04-09 (4 mL left,
    /// the withdrawal-risk volume, on 2027-04-30). The pump reported its elective replacement indicator on 2026-11-10 (acknowledged).
    /// </summary>
    public static PatientHistory AtRisk() => Transferred(new(
        LogSamples.Patient(new PatientId("P-RISK")) with { Label = "R.K." },
        new DateTimeOffset(2021, 5, 1, 9, 0, 0, TimeSpan.Zero),
        [
            Event(2021, 6, 1, Implant("synchromed-ii-40", 40, 500, 100)),
            Event(2026, 11, 1, new RefillPayload(Ml(2.5m), Ml(40), Conc(500))),
            Event(2026, 11, 10, new AlarmRaisedPayload(AlarmType.ElectiveReplacement, "tone heard by carer")),
            Event(2026, 11, 10, new AlarmAcknowledgedPayload(4, "replacement booked")),
        ]));

    /// <summary>Screened, not implanted: not on the schedule.</summary>
    public static PatientHistory NotImplanted() => History(
        "P-NEW",
        "N.W.",
        pump: null,
        Event(2026, 11, 2, new ScreeningBolusPayload(Mass.FromMicrograms(50), Conc(50), Ml(1), ScreeningRoute.LumbarPuncture, 1)));

    /// <summary>Implanted, then explanted: not on the schedule.</summary>
    public static PatientHistory Explanted() => History(
        "P-GONE",
        "G.N.",
        pump: "synchromed-ii-20",
        Event(2026, 1, 10, Implant("synchromed-ii-20", 20, 500, 100)),
        Event(2026, 6, 1, new ExplantPayload("infection")));

    /// <summary>Every sample patient, in registration order.</summary>
    public static IReadOnlyList<PatientHistory> Clinic() => [AtRisk(), PastAlarm(), Overdue(), DueSoon(), DatesDiffer(), NotImplanted(), Explanted()];

    public static PatientHistory History(string id, string label, string? pump, params HistoryEvent[] events) => Transferred(Untransferred(id, label, pump, events));

    /// <summary>A history whose implants, programs and refills are not marked as transferred to the pump.</summary>
    public static PatientHistory Untransferred(string id, string label, string? pump, params HistoryEvent[] events) => new(
        new Patient(new PatientId(id), label, Population.Adult, SpasticityOrigin.Spinal, pump),
        events.Length == 0 ? Now.AddDays(-1) : events[0].At.AddDays(-30),
        events);

    /// <summary>
    /// The history with each implant, program and refill marked as transferred to the pump at the same moment. The marks
    /// are appended at the end (so earlier sequence numbers stay put); they sort after their plan by time.
    /// </summary>
    public static PatientHistory Transferred(PatientHistory history)
    {
        var marks = history.Events
            .Select((e, i) => (Event: e, Seq: i + 2L))
            .Where(x => x.Event.Payload is ImplantPayload or DoseProgramPayload or RefillPayload)
            .Select(x => new HistoryEvent(x.Event.At, new ProgramTransferredPayload(x.Seq)));
        return history with { Events = [.. history.Events, .. marks] };
    }

    public static HistoryEvent Event(int year, int month, int day, EventPayload payload, string? reason = null) =>
        new(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero), payload, reason);

    public static ImplantPayload Implant(string pump, decimal fillMl, decimal mcgPerMl, decimal mcgPerDay) =>
        new(pump, Ml(fillMl), Conc(mcgPerMl), MassFlow.FromMicrogramsPerDay(mcgPerDay), MassFlow.FromMicrogramsPerDay(mcgPerDay) / Conc(mcgPerMl));

    public static DoseProgramPayload Program(decimal mcgPerDay, decimal mcgPerMl) =>
        new(MassFlow.FromMicrogramsPerDay(mcgPerDay), Conc(mcgPerMl), MassFlow.FromMicrogramsPerDay(mcgPerDay) / Conc(mcgPerMl));

    public static Volume Ml(decimal value) => Volume.FromMilliliters(value);

    public static MassConcentration Conc(decimal mcgPerMl) => MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl);
}

using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>Patients at the steps of the screening trial, as a clinic's log holds them (the harness clock is 2026-11-21 09:00 UTC).</summary>
internal static class ScreeningHistories
{
    public static readonly DateTimeOffset Referred = At(11, 1, 10, 0);

    public static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>Referred on 2026-11-01, nothing else logged.</summary>
    public static PatientHistory Candidate(string id, SpasticityOrigin origin = SpasticityOrigin.StiffPersonSyndrome, Population population = Population.Adult) =>
        new(new Patient(new PatientId(id), "S.P.", population, origin), Referred, []);

    /// <summary>The trial booked on 2026-11-19 for 2026-11-20.</summary>
    public static PatientHistory Booked(string id, SpasticityOrigin origin = SpasticityOrigin.StiffPersonSyndrome, Population population = Population.Adult) =>
        With(Candidate(id, origin, population), new HistoryEvent(At(11, 19, 9, 0), new ScreeningScheduledPayload(new DateOnly(2026, 11, 20), null)));

    /// <summary>
    /// The published stiff-person syndrome case up to its positive outcome: baseline (distribution 4, sensitivity 5) and a
    /// 50 mcg bolus on 2026-11-20 07:00, scores 6 h after it (1, 2) and the outcome positive with a 6 h effect at 13:00.
    /// </summary>
    public static PatientHistory ScreenedPositive(string id) => With(
        Booked(id),
        new HistoryEvent(At(11, 20, 7, 0), new AssessmentPayload([Sps("sps-distribution-of-stiffness", "4"), Sps("sps-heightened-sensitivity", "5")], null, null)),
        new HistoryEvent(At(11, 20, 7, 0), Bolus(50, 1)),
        new HistoryEvent(At(11, 20, 13, 0), new AssessmentPayload([Sps("sps-distribution-of-stiffness", "1"), Sps("sps-heightened-sensitivity", "2")], Duration.FromHours(6), null)),
        new HistoryEvent(At(11, 20, 13, 0), new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), false)));

    /// <summary>A spinal adult whose 50 mcg bolus at 2026-11-20 20:00 was inadequate (verdict 2026-11-21 02:00): bolus 2 is due from 2026-11-21 20:00.</summary>
    public static PatientHistory FirstBolusInadequate(string id) => With(
        Booked(id, SpasticityOrigin.Spinal),
        new HistoryEvent(At(11, 20, 19, 30), new AssessmentPayload([new AssessmentScore("modified-ashworth", "3", "left knee flexors"), new AssessmentScore("penn-spasm-frequency", "3")], null, null)),
        new HistoryEvent(At(11, 20, 20, 0), Bolus(50, 1)),
        new HistoryEvent(At(11, 21, 2, 0), new ScreeningOutcomePayload(TrialOutcome.Negative, null, null, false), "inadequate response; next bolus follows"));

    private static ScreeningBolusPayload Bolus(decimal mcg, int number) =>
        new(Mass.FromMicrograms(mcg), MassConcentration.FromMicrogramsPerMilliliter(50), Volume.FromMilliliters(mcg / 50), ScreeningRoute.LumbarPuncture, number);

    private static AssessmentScore Sps(string scale, string score) => new(scale, score);

    private static PatientHistory With(PatientHistory history, params HistoryEvent[] events) => history with { Events = [.. history.Events, .. events] };
}

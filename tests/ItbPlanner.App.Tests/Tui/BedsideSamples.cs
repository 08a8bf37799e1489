using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>Patients whose logs follow the workflow from the screening trial on, for the visits and course actions that need a real course.</summary>
internal static class BedsideSamples
{
    /// <summary>
    /// P-TITR, adult, spinal: baseline, a 50 mcg bolus and a positive outcome on 2026-11-02; a SynchroMed II 40 mL implant
    /// at 500 mcg/mL and 100 mcg/day on 2026-11-05; titrated to 120 mcg/day on 2026-11-10 (every plan transferred).
    /// </summary>
    public static PatientHistory Titrating(string id = "P-TITR") => History(
        id,
        "T.T.",
        pump: "synchromed-ii-40",
        new HistoryEvent(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), new AssessmentPayload([new AssessmentScore("modified-ashworth", "3")])),
        new HistoryEvent(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), new ScreeningBolusPayload(Mass.FromMicrograms(50), Conc(50), Ml(1), ScreeningRoute.LumbarPuncture, 1)),
        new HistoryEvent(new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero), new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), AdverseReaction: false)),
        Event(2026, 11, 5, Implant("synchromed-ii-40", 40, 500, 100)),
        Event(2026, 11, 10, Program(120, 500) with { Phase = DosePhase.Titration }, "titration step"));

    /// <summary>P-CAND: registered, baseline assessed, screening not yet given (a candidate).</summary>
    public static PatientHistory Candidate() => History(
        "P-CAND",
        "C.D.",
        pump: null,
        new HistoryEvent(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), new AssessmentPayload([new AssessmentScore("modified-ashworth", "3")])));
}

using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Testing;

/// <summary>Log test data: patients and one payload of every event kind, with values from the reference's worked examples.</summary>
public static class LogSamples
{
    public static readonly PatientId P1 = new("P-0001");
    public static readonly PatientId P2 = new("P-0002");

    public static Patient Patient(PatientId? id = null) => new(
        id ?? P1,
        "J.D.",
        Population.Adult,
        SpasticityOrigin.Spinal,
        "synchromed-ii-40",
        new CatheterDetails("8709sc", 62.5m, "T10"),
        [WithdrawalRiskFactor.SpinalCordInjuryT6OrAbove, WithdrawalRiskFactor.CommunicationDifficulty],
        "Lives alone.");

    /// <summary>One payload of every kind but the registration.</summary>
    public static IReadOnlyList<EventPayload> PayloadOfEveryKind() =>
    [
        new ScreeningScheduledPayload(new DateOnly(2026, 11, 24), "Day unit"),
        new ScreeningBolusPayload(Mass.FromMicrograms(50), MassConcentration.FromMicrogramsPerMilliliter(50), Volume.FromMilliliters(1), ScreeningRoute.LumbarPuncture, 1),
        new AssessmentPayload([new AssessmentScore("modified-ashworth", "1+", "left knee flexors"), new AssessmentScore("penn-spasm-frequency", "2")], Duration.FromHours(4), "Walking easier"),
        new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), AdverseReaction: false),
        new ImplantScheduledPayload(new DateOnly(2026, 12, 10)),
        new ImplantPayload("synchromed-ii-40", Volume.FromMilliliters(40), MassConcentration.FromMicrogramsPerMilliliter(500), MassFlow.FromMicrogramsPerDay(100), VolumeFlow.FromMillilitersPerDay(0.2m), DeliveryMode.SimpleContinuous, "NGP123456", new CatheterDetails("8709sc", 62.5m), new DateOnly(2027, 6, 2), new DateOnly(2027, 5, 26)),
        new DoseProgramPayload(MassFlow.FromMicrogramsPerDay(120), MassConcentration.FromMicrogramsPerMilliliter(500), VolumeFlow.FromMillilitersPerDay(0.24m), DeliveryMode.SimpleContinuous, MassFlow.FromMicrogramsPerDay(100), MassConcentration.FromMicrogramsPerMilliliter(500), VolumeFlow.FromMillilitersPerDay(0.2m), DeliveryMode.SimpleContinuous, null, new DateOnly(2027, 4, 20), new DateOnly(2027, 4, 13)),
        new RefillPayload(Volume.FromMilliliters(2.7m), Volume.FromMilliliters(40), MassConcentration.FromMicrogramsPerMilliliter(2000), Volume.FromMilliliters(3.1m), "LOT-42A", new DateOnly(2027, 8, 1), new DateOnly(2027, 7, 25)),
        new AlarmRaisedPayload(AlarmType.LowReservoir, "Single beep reported by carer"),
        new AlarmAcknowledgedPayload(9, "Refill booked"),
        new NotePayload("Tolerating well.\nNo side effects."),
        new CorrectionPayload("Entered on the wrong patient"),
        new PatientUpdatedPayload(Patient() with { Label = "Jane D." }),
        new TherapySuspendedPayload("Pump stopped for MRI"),
        new TherapyResumedPayload(),
        new WithdrawalEmergencyPayload("Itch, rebound spasms", "Admitted; pump interrogated"),
        new ExplantPayload("Infection"),
        new ProgramTransferredPayload(7, "Programmer printout compared"),
        new CandidacyDeclinedPayload("Inadequate response to screening; oral baclofen continued"),
        new MedicationPayload("oral-baclofen", Mass.FromMilligrams(15), Duration.FromHours(8), Notes: "15 mg TID"),
        new IvigPayload(new DosePerBodyWeight(2), new BodyWeight(62), 5, "Privigen, premedicated"),
        new PlasmaExchangePayload(5, Duration.FromDays(2), "1.5 plasma volumes, albumin"),
    ];
}

using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Refills;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Application.Tests;

/// <summary>
/// The application's use cases on an in-memory log guarded by the therapy workflow, the test protocol and a clock at
/// 2026-11-21 09:00 UTC; patient P1 (adult, spinal) brought to the phase a test needs through the use cases themselves.
/// </summary>
internal sealed class Clinic
{
    public static readonly PatientId P1 = new("P1");

    public Clinic()
    {
        Protocol = TestProtocols.Default();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        Log = new InMemoryTherapyLog(new WorkflowEventGuard(Protocol), Clock);
        Record = new RecordEntry(Log, Protocol, Clock, new WorkflowEventGuard(Protocol));
        Register = new RegisterPatient(Log, Protocol, Clock);
        Patients = new OpenPatient(Log, Protocol, Clock);
        Reconcile = new ReconcilePatientFill(Log, Protocol, Clock);
    }

    public Protocol Protocol { get; }

    public FakeTimeProvider Clock { get; }

    public InMemoryTherapyLog Log { get; }

    public RecordEntry Record { get; }

    public RegisterPatient Register { get; }

    public OpenPatient Patients { get; }

    public ReconcilePatientFill Reconcile { get; }

    public static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    public static EntryRequest Entry(DateTimeOffset at, EntryDetails details, string? reason = null) => new(new EntryHeader(P1, at, "nurse", reason), details);

    /// <summary>P1 registered on 2026-11-01 (a candidate).</summary>
    public Clinic Registered()
    {
        Register.Register(new RegisterPatientRequest(P1, Population.Adult, SpasticityOrigin.Spinal, "nurse", At(11, 1, 9), new PatientDetailsChange("J.D.")));
        return this;
    }

    /// <summary>P1 screened positive on 2026-11-02 and implanted on 2026-11-05: 40 mL of 500 mcg/mL at 100 mcg/day in a SynchroMed II 40 mL.</summary>
    public Clinic Implanted()
    {
        Registered();
        Record.Record(Entry(At(11, 2, 8), new AssessmentEntry([new AssessmentScore("modified-ashworth", "3")])));
        Record.Record(Entry(At(11, 2, 9), new ScreeningBolusEntry(Mass.FromMicrograms(50))));
        Record.Record(Entry(At(11, 2, 17), new ScreeningOutcomeEntry(TrialOutcome.Positive, Duration.FromHours(6))));
        Record.Record(Entry(At(11, 5), new ImplantEntry("synchromed-ii-40", Volume.FromMilliliters(40), MassConcentration.FromMicrogramsPerMilliliter(500), MassFlow.FromMicrogramsPerDay(100))));
        return this;
    }
}

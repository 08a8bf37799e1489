using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

public sealed class PatientStoreTests : IDisposable
{
    private readonly TempLog log = new();
    private readonly LogDatabase database;
    private readonly PatientStore patients;

    public PatientStoreTests()
    {
        database = log.Open();
        patients = new PatientStore(database);
    }

    public void Dispose()
    {
        database.Dispose();
        log.Dispose();
    }

    [Fact]
    public void Registration_is_the_first_event_of_the_patients_log()
    {
        var registration = patients.Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse", "referred by Dr X");

        Assert.Equal(1, registration.Seq);
        Assert.Equal(EventKind.PatientRegistered, registration.Kind);
        Assert.Equal(EventHash.Genesis, registration.PrevHash);
        Assert.Equal("referred by Dr X", registration.Reason);
        Assert.Equal(LogSamples.Patient(), patients.Get(LogSamples.P1).Patient);
    }

    [Fact]
    public void A_patient_is_registered_only_once()
    {
        patients.Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");

        var error = Assert.Throws<InvalidInputException>(() => patients.Register(LogSamples.Patient() with { Label = "Other" }, log.Clock.GetUtcNow(), "nurse"));

        Assert.Contains("already registered", error.Message, StringComparison.Ordinal);
        Assert.Equal("J.D.", patients.Get(LogSamples.P1).Patient.Label);
    }

    [Fact]
    public void Changed_details_are_a_new_event_and_the_newest_is_current()
    {
        patients.Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");
        var updated = LogSamples.Patient() with { PumpModelId = "prometra-ii-40", WithdrawalRiskFactors = [WithdrawalRiskFactor.PreviousWithdrawal] };

        new EventStore(database).Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new PatientUpdatedPayload(updated), "pump replaced"));
        new EventStore(database).Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new NotePayload("after the update")));

        var current = patients.Get(LogSamples.P1);
        Assert.Equal(updated, current.Patient);
        Assert.Equal(3, current.Events);
        Assert.Equal(log.Clock.GetUtcNow(), current.RegisteredAt);
    }

    [Fact]
    public void All_patients_are_listed_by_id_with_current_details()
    {
        patients.Register(LogSamples.Patient(LogSamples.P2) with { Population = Population.Child, Origin = SpasticityOrigin.Cerebral }, log.Clock.GetUtcNow(), "nurse");
        patients.Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");

        var all = patients.All();

        Assert.Equal([LogSamples.P1, LogSamples.P2], all.Select(p => p.Patient.Id));
        Assert.Equal(Population.Child, all[1].Patient.Population);
    }

    [Fact]
    public void An_unknown_patient_is_not_found()
    {
        Assert.Null(patients.Find(LogSamples.P2));
        Assert.False(patients.Exists(LogSamples.P2));
        var error = Assert.Throws<InvalidInputException>(() => patients.Get(LogSamples.P2));
        Assert.Contains("No patient 'P-0002'", error.Message, StringComparison.Ordinal);
    }
}

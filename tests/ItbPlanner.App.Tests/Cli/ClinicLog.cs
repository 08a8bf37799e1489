using ItbPlanner.Domain.Log;
using ItbPlanner.Storage;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>Writes sample patient histories into a <see cref="LogCli"/> database through the storage API (no workflow guard).</summary>
internal static class ClinicLog
{
    public static void Write(LogCli cli, params PatientHistory[] histories)
    {
        using var database = LogDatabase.Open(cli.Database, cli.Clock);
        var patients = new PatientStore(database);
        var events = new EventStore(database);
        foreach (var history in histories)
        {
            patients.Register(history.Patient, history.RegisteredAt, "nurse");
            foreach (var e in history.Events)
            {
                events.Append(new NewEvent(history.Patient.Id, e.At, "nurse", e.Payload, e.Reason));
            }
        }
    }

    /// <summary>Appends events to a registered patient's log through the storage API (no workflow guard, no snapshot kept).</summary>
    public static void Append(LogCli cli, PatientId patient, params HistoryEvent[] events)
    {
        using var database = LogDatabase.Open(cli.Database, cli.Clock);
        var store = new EventStore(database);
        foreach (var e in events)
        {
            store.Append(new NewEvent(patient, e.At, "nurse", e.Payload, e.Reason));
        }
    }
}

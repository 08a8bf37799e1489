using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Patients;

/// <summary>Opens patients' files: their log read once (<see cref="TherapyRecord"/>), their pump and their outlook today.</summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today and the zone the outlook is computed in.</param>
public sealed class OpenPatient(ITherapyLogReader log, Protocol protocol, TimeProvider clock)
{
    /// <summary>One patient's file.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public PatientFile Open(PatientId id)
    {
        _ = log.Registration(id);
        return Of(TherapyRecord.Read(protocol, log.Events(id)));
    }

    /// <summary>Every registered patient's file, by id.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public IReadOnlyList<PatientFile> All() => [.. log.Patients().Select(p => Of(TherapyRecord.Read(protocol, log.Events(p.Patient.Id))))];

    /// <summary>The file of a record already read.</summary>
    public PatientFile Of(TherapyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var pumpId = record.PumpModelId;
        return new PatientFile(record, pumpId is null ? null : protocol.FindPump(pumpId), PatientOutlook.Read(record, protocol, clock.Today(), clock.LocalTimeZone));
    }
}

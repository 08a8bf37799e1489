using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Review;

/// <summary>Shows one patient: details, program in force, the current dates recomputed as the schedule does, and the alerts.</summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock.</param>
public sealed class ShowPatient(ITherapyLogReader log, Protocol protocol, TimeProvider clock)
{
    /// <summary>The patient.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public PatientShown Show(PatientId id)
    {
        var registration = log.Registration(id);
        var record = TherapyRecord.Read(protocol, log.Events(id));
        return new PatientShown(registration, record, PatientOutlook.Read(record, protocol, clock.Today(), clock.LocalTimeZone), clock.GetUtcNow());
    }
}

using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Review;

/// <summary>Prepares one patient's team review: the log verified and read, the dates recomputed as the schedule does.</summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="verifier">The chain verifier.</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock.</param>
public sealed class PrepareReport(ITherapyLogReader log, ILogVerifier verifier, Protocol protocol, TimeProvider clock)
{
    /// <summary>The report's content.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public PatientReport Prepare(PatientId id)
    {
        var registration = log.Registration(id);
        var verification = verifier.Verify(id);
        var events = log.Events(id);
        var record = TherapyRecord.Read(protocol, events);
        var today = clock.Today();
        return new PatientReport(registration, record, CorrectedLog.Voided(events), verification, PatientOutlook.Read(record, protocol, today, clock.LocalTimeZone), today, clock.GetUtcNow())
        {
            Timeline = TherapyTimeline.Read(record, clock.LocalTimeZone, today),
        };
    }
}

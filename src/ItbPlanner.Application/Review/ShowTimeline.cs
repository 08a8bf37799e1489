using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Review;

/// <summary>
/// Shows one patient's therapy timeline: the ITB daily dose, the screening boluses, the oral medicines, the
/// immunotherapy courses and the score trends on one time axis, in the clinic's dates, up to today.
/// </summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="protocol">The protocol in force (the log is read through its workflow).</param>
/// <param name="clock">The clinic's clock.</param>
public sealed class ShowTimeline(ITherapyLogReader log, Protocol protocol, TimeProvider clock)
{
    /// <summary>The timeline, from <paramref name="from"/> when given (values in force then carried in), else from the first therapy logged.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered, or the first date is after today.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public TherapyTimeline Show(PatientId id, DateOnly? from = null)
    {
        _ = log.Registration(id);
        var record = TherapyRecord.Read(protocol, log.Events(id));
        return TherapyTimeline.Read(record, clock.LocalTimeZone, clock.Today(), from);
    }
}

using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Review;

/// <summary>Prepares a patient's log for export: the chain is verified first, so an export always carries an intact history.</summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="verifier">The chain verifier.</param>
/// <param name="clock">The clock: the export's moment, and the clinic's time zone.</param>
public sealed class ExportLog(ITherapyLogReader log, ILogVerifier verifier, TimeProvider clock)
{
    /// <summary>The verified log, or the break that stops the export.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public LogExport Export(PatientId id)
    {
        var registration = log.Registration(id);
        if (verifier.Verify(id).FirstBreak is { } broken)
        {
            return new LogExport(registration, [], new HashSet<long>(), broken, clock.GetUtcNow(), clock.LocalTimeZone);
        }

        var events = log.Events(id);
        return new LogExport(registration, events, CorrectedLog.Voided(events), null, clock.GetUtcNow(), clock.LocalTimeZone);
    }
}

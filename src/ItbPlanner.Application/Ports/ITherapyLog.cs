using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Ports;

/// <summary>
/// The therapy log as the recording use cases use it: the reads of <see cref="ITherapyLogReader"/>, registration, and
/// appends guarded by the therapy workflow. Recording creates the log on first use.
/// </summary>
public interface ITherapyLog : ITherapyLogReader
{
    /// <summary>Registers a patient; returns their registration event (sequence 1).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The id is taken, or the details are invalid.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened or written.</exception>
    LogEvent Register(Patient patient, DateTimeOffset at, string author, string? reason = null);

    /// <summary>
    /// Appends events in one transaction, all or none, each checked by the workflow's guard against the patient's log as
    /// it then stands; returns them as stored.
    /// </summary>
    /// <exception cref="Domain.Errors.ProtocolLimitException">The guard refused an event; nothing was stored.</exception>
    /// <exception cref="Domain.Errors.InvalidInputException">An event is impossible (unknown patient, a future moment).</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened or written.</exception>
    IReadOnlyList<LogEvent> Append(IReadOnlyList<NewEvent> events);
}

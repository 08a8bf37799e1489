using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Ports;

/// <summary>
/// The therapy log as the reading use cases see it: registered patients and their events. Reading never creates a log:
/// a missing one is a <see cref="LogUnavailableException"/> naming where it was looked for.
/// </summary>
public interface ITherapyLogReader
{
    /// <summary>Where the log is (a path), without opening it.</summary>
    string Location { get; }

    /// <summary>Whether a patient is registered.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    bool IsRegistered(PatientId patient);

    /// <summary>A patient's registration with their current details.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    PatientRegistration Registration(PatientId patient);

    /// <summary>Every registered patient with current details, ordered by id.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    IReadOnlyList<PatientRegistration> Patients();

    /// <summary>A patient's events in sequence order, optionally filtered.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    IReadOnlyList<LogEvent> Events(PatientId patient, EventQuery? query = null);

    /// <summary>
    /// A patient's events read one at a time as they are enumerated (a log of any length in bounded memory), in sequence
    /// order (or in order of occurrence when the query asks), optionally filtered. Enumerate it once.
    /// </summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    IEnumerable<LogEvent> Stream(PatientId patient, EventQuery? query = null);

    /// <summary>How many of a patient's events the query matches.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    long Count(PatientId patient, EventQuery? query = null);

    /// <summary>What views mark on a patient's events, read from the whole log without holding it: the voided events and the late entries.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    (IReadOnlySet<long> Voided, IReadOnlySet<long> Late) Marks(PatientId patient);

    /// <summary>A patient's newest event (the head of their chain), or null when they are not registered.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    LogEvent? Head(PatientId patient);
}

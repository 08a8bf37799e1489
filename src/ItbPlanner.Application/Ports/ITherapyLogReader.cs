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

    /// <summary>A patient's newest event (the head of their chain), or null when they are not registered.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    LogEvent? Head(PatientId patient);
}

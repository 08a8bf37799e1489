using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Patients;

/// <summary>Registers a patient (creating the log on first use), and answers whether an id can be registered.</summary>
/// <param name="log">The therapy log.</param>
/// <param name="protocol">The protocol in force: pump and catheter ids are checked against it.</param>
/// <param name="clock">The clinic's clock: now is the default moment.</param>
public sealed class RegisterPatient(ITherapyLog log, Protocol protocol, TimeProvider clock)
{
    /// <summary>Why an id cannot be registered (not an id, or taken), or null when it can.</summary>
    public string? CheckId(string text)
    {
        if (!PatientId.IsValid(text))
        {
            return $"'{text}' is not a patient id: 1 to {PatientId.MaxLength} letters, digits, '-', '_' or '.'.";
        }

        return log.IsRegistered(new PatientId(text)) ? $"Patient {text} is already registered: open them from the home screen." : null;
    }

    /// <summary>Registers the patient.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The id is taken, a detail is invalid, or a pump or catheter is unknown.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened or written.</exception>
    public PatientRegistered Register(RegisterPatientRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var patient = (request.Details ?? PatientDetailsChange.None).ApplyTo(new Patient(request.Id, request.Id.Value, request.Population, request.Origin), protocol);
        var registration = log.Register(patient, request.At ?? clock.GetUtcNow(), request.Author, request.Reason);
        return new PatientRegistered(patient, registration, log.Location);
    }

    /// <summary>Opens the log for recording, creating it on first use (before a front end takes over the screen); returns where it is.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or created.</exception>
    public string OpenLog()
    {
        _ = log.Patients();
        return log.Location;
    }
}

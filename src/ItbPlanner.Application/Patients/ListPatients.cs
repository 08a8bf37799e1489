using ItbPlanner.Application.Ports;

namespace ItbPlanner.Application.Patients;

/// <summary>Lists the registered patients with their current details.</summary>
/// <param name="log">The therapy log (read only).</param>
public sealed class ListPatients(ITherapyLogReader log)
{
    /// <summary>Every registered patient, by id.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public IReadOnlyList<PatientRegistration> List() => log.Patients();
}

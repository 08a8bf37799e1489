using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Refills;

/// <summary>
/// The bridge for a refill at a new strength, as a visit shows it before the refill is logged: the old drug in the
/// patient's pump tubing and catheter delivered at the old rate. The refill logged then carries the bridge of its own
/// dose (see <see cref="Recording.RecordEntry"/>).
/// </summary>
/// <param name="protocol">The protocol in force.</param>
public sealed class PlanRefillBridge(Protocol protocol)
{
    /// <summary>The dead space of the patient's pump tubing and catheter as the protocol knows them, or null when it cannot say.</summary>
    public DeadSpace? DeadSpaceFromRecords(PatientFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return PatientDeadSpace.FromRecords(protocol, file.Pump, file.Patient.Catheter);
    }

    /// <summary>The bridge from the program in force to <paramref name="concentration"/> at <paramref name="dose"/>.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">No program in force, or an impossible input.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">The new rate is below the pump's minimum, or the strength cannot go in a pump.</exception>
    public ConcentrationChangePlan Plan(PatientFile file, MassFlow dose, MassConcentration concentration, DeadSpace deadSpace)
    {
        ArgumentNullException.ThrowIfNull(file);
        var program = file.Record.Program ?? throw new Domain.Errors.InvalidInputException("program", $"Patient {file.Id} has no program in force.");
        return ConcentrationChangeCalculator.Plan(protocol, new ConcentrationChangeRequest(dose, program.Concentration, concentration, deadSpace, file.Pump));
    }
}

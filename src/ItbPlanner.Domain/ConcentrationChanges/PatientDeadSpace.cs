using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>
/// The dead space of a patient's own pump and catheter, as the log records them and the protocol knows them: the pump's
/// tubing volume plus the catheter model's volume per cm × the recorded implanted length. Shared by every front end
/// that refills at a new concentration, so they bridge the same volume.
/// </summary>
public static class PatientDeadSpace
{
    /// <summary>
    /// The dead space, or null when any part is unknown (no pump, no catheter model or length recorded, or the protocol
    /// lacks the pump's tubing volume or the catheter's volume per cm) or the recorded length is impossible: then the
    /// clinician gives the site-verified volume (<see cref="DeadSpace.Given"/>).
    /// </summary>
    /// <param name="protocol">The protocol: the catheter models.</param>
    /// <param name="pump">The patient's pump model, when known.</param>
    /// <param name="catheter">The catheter as recorded for the patient, when recorded.</param>
    public static DeadSpace? FromRecords(Protocol protocol, PumpModel? pump, CatheterDetails? catheter)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var model = catheter?.ModelId is { } id ? protocol.FindCatheter(id) : null;
        if (pump?.TubingDeadSpace is null || model?.VolumePerCm is null || catheter?.ImplantedLengthCm is not { } length)
        {
            return null;
        }

        try
        {
            return DeadSpace.FromDevices(pump, model, length);
        }
        catch (InvalidInputException)
        {
            return null;
        }
    }
}

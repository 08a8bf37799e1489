using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Refills;

/// <summary>
/// Reconciles the residual aspirated at a refill with the patient's log: the last fill before the aspiration date and the
/// programmed rates since (each for its own days; a suspension delivers nothing). The command line's reconciliation from
/// the log and the terminal UI's refill visit ask this same question.
/// </summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today is the default aspiration date; its zone turns moments into days.</param>
public sealed class ReconcilePatientFill(ITherapyLogReader log, Protocol protocol, TimeProvider clock)
{
    /// <summary>The reconciliation.</summary>
    /// <exception cref="InvalidInputException">The patient is not registered, or has no fill, program or known pump to compare with.</exception>
    /// <exception cref="ProtocolLimitException">A protocol hard limit refuses it.</exception>
    public Reconciled Reconcile(PatientFillReconciliationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _ = log.Registration(request.Patient);
        var record = TherapyRecord.Read(protocol, log.Events(request.Patient));
        var date = request.Date ?? clock.Today();
        var boluses = request.Bolus is { } bolus ? new PatientBolusAllowance(bolus, request.MaxBolusesPerDay ?? 0) : null;
        var reconciliation = FillFromLog.Read(record, protocol, request.Aspirated, date, clock.LocalTimeZone, boluses, request.BolusesVolume, out var whyNot)
            ?? throw new InvalidInputException(FillFromLog.PatientField, whyNot!);
        var result = ReconciliationCalculator.Reconcile(protocol, reconciliation);
        return new Reconciled(reconciliation, result, result.Alerts);
    }
}

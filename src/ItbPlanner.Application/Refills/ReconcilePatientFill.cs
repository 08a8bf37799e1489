using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
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
/// <param name="records">
/// The patients' records through their course snapshots (issue 13), read when nothing in the log is dated on or after the
/// day of the aspiration (the usual case: today, before the refill is recorded); without it, or otherwise, the whole log.
/// </param>
public sealed class ReconcilePatientFill(ITherapyLogReader log, Protocol protocol, TimeProvider clock, ITherapyRecords? records = null)
{
    /// <summary>The reconciliation.</summary>
    /// <exception cref="InvalidInputException">The patient is not registered, or has no fill, program or known pump to compare with.</exception>
    /// <exception cref="ProtocolLimitException">A protocol hard limit refuses it.</exception>
    public Reconciled Reconcile(PatientFillReconciliationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var date = request.Date ?? clock.Today();
        var record = Standing(request.Patient, date);
        var boluses = request.Bolus is { } bolus ? new PatientBolusAllowance(bolus, request.MaxBolusesPerDay ?? 0) : null;
        var reconciliation = FillFromLog.Read(record, protocol, request.Aspirated, date, clock.LocalTimeZone, boluses, request.BolusesVolume, out var whyNot)
            ?? throw new InvalidInputException(FillFromLog.PatientField, whyNot!);
        var result = ReconciliationCalculator.Reconcile(protocol, reconciliation);
        return new Reconciled(reconciliation, result, result.Alerts);
    }

    /// <summary>
    /// The patient's record for a reconciliation on a day. A snapshot keeps the newest fill, the dose steps since the one in
    /// force at it and the program in force, not their history: that is the whole answer only when every event is dated
    /// before the day (the last fill before it is then the newest, the program on its eve the one in force). A fill or
    /// program dated on or after the day (a refill recorded today, an aspiration dated back) needs the whole log.
    /// </summary>
    private TherapyRecord Standing(PatientId patient, DateOnly date)
    {
        if (records is not null && log.IsRegistered(patient))
        {
            var standing = records.Of(patient);
            if (DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(standing.Newest, clock.LocalTimeZone).DateTime) < date)
            {
                return standing;
            }
        }

        _ = log.Registration(patient);
        return TherapyRecord.Read(protocol, log.Events(patient));
    }
}

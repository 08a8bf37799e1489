using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Refills;

/// <summary>A residual to reconcile against the patient's last fill and program, read from their log.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Aspirated">The residual drawn back (0 mL is a measurement: an empty reservoir).</param>
/// <param name="Date">The date of the aspiration (default: today); the fill reconciled is the last one before it.</param>
/// <param name="Bolus">One patient bolus, with <paramref name="MaxBolusesPerDay"/> (the log does not hold them).</param>
/// <param name="MaxBolusesPerDay">The most patient boluses allowed in 24 hours.</param>
/// <param name="BolusesVolume">The volume of boluses given since the fill (from the pump's log).</param>
public sealed record PatientFillReconciliationRequest(PatientId Patient, Volume Aspirated, DateOnly? Date = null, Mass? Bolus = null, int? MaxBolusesPerDay = null, Volume? BolusesVolume = null);

using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Review;

/// <summary>What a team review of one patient shows: the patient, their log and its verification, and their dates today.</summary>
/// <param name="Registration">The patient.</param>
/// <param name="Record">Their log read in one pass.</param>
/// <param name="Voided">The events voided by a later correction.</param>
/// <param name="Verification">The patient's chain verified.</param>
/// <param name="Outlook">Their dates and alerts today.</param>
/// <param name="Today">Today in the clinic.</param>
/// <param name="Now">The moment of the report.</param>
public sealed record PatientReport(PatientRegistration Registration, TherapyRecord Record, IReadOnlySet<long> Voided, ChainVerification Verification, PatientOutlook Outlook, DateOnly Today, DateTimeOffset Now)
{
    /// <summary>The patient's therapies on one time axis (ITB dose, oral medicines, immunotherapy, scores), the whole log to today.</summary>
    public required TherapyTimeline Timeline { get; init; }
}

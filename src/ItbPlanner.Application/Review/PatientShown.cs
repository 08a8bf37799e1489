using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Review;

/// <summary>One patient shown: the registration, the record of their log, and their outlook today.</summary>
/// <param name="Registration">Who, registered when, how many events.</param>
/// <param name="Record">Their log read in one pass.</param>
/// <param name="Outlook">Their dates and alerts today, recomputed as the schedule computes them.</param>
/// <param name="Now">The moment it was read.</param>
public sealed record PatientShown(PatientRegistration Registration, TherapyRecord Record, PatientOutlook Outlook, DateTimeOffset Now);

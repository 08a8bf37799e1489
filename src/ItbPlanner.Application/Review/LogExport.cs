using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Review;

/// <summary>A patient's log ready to export, or the break that stops it.</summary>
/// <param name="Registration">The patient.</param>
/// <param name="Events">Every stored event (empty when the chain is broken).</param>
/// <param name="Voided">The events voided by a later correction.</param>
/// <param name="Broken">The first break of the patient's chain: nothing is exported then.</param>
/// <param name="Now">The moment of the export.</param>
/// <param name="Zone">The clinic's time zone: the calendar a course's days are counted in.</param>
public sealed record LogExport(PatientRegistration Registration, IReadOnlyList<LogEvent> Events, IReadOnlySet<long> Voided, ChainBreak? Broken, DateTimeOffset Now, TimeZoneInfo Zone);

namespace ItbPlanner.Storage;

/// <summary>What views mark on a patient's events, read from the whole log however few events are shown.</summary>
/// <param name="Voided">The events a later standing correction or replacement voids (<see cref="Domain.Log.CorrectedLog"/>).</param>
/// <param name="Late">The late entries: recorded after an event of the patient that happened later (<see cref="Domain.Log.LateEntries"/>).</param>
public sealed record EventMarks(IReadOnlySet<long> Voided, IReadOnlySet<long> Late);

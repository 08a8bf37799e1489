using ItbPlanner.Application.Recording.Entries;

namespace ItbPlanner.Application.Recording;

/// <summary>An entry to record in a patient's log: the header every entry has, and what the clinician entered for its kind.</summary>
/// <param name="Header">Whose, when, who, why.</param>
/// <param name="Details">The kind's own fields.</param>
public sealed record EntryRequest(EntryHeader Header, EntryDetails Details);

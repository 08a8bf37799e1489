using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>What a clinician entered for one kind of log entry, in the clinician's terms (the log's payload is built from it).</summary>
public abstract record EntryDetails
{
    /// <summary>The kind of event the entry records.</summary>
    public abstract EventKind Kind { get; }
}

using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A free-text note.</summary>
/// <param name="Text">The note.</param>
public sealed record NoteEntry(string Text) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Note;
}

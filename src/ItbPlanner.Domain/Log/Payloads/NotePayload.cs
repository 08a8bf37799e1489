namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>A free-text note (event <c>note</c>).</summary>
/// <param name="Text">The note.</param>
public sealed record NotePayload(string Text) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => LogGuards.Required(Text, "note");
}

using System.Text.Json.Serialization;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// What an event says, typed per <see cref="EventKind"/>. Payloads are plain immutable data: they are serialised to JSON
/// with units in the field names (<c>doseMcgPerDay</c>, <c>aspiratedMl</c>) and that JSON is stored and hashed. The set of
/// payload types is closed: one per kind (see <see cref="LogJson"/>).
/// </summary>
public abstract record EventPayload
{
    private protected EventPayload()
    {
    }

    /// <summary>The kind of event this payload belongs to.</summary>
    [JsonIgnore]
    public EventKind Kind => LogJson.KindOf(GetType());

    /// <summary>Checks the payload can be recorded: quantities positive where they must be, required text present.</summary>
    /// <exception cref="Errors.InvalidInputException">A value is impossible; the message names it.</exception>
    public abstract void Validate();
}

namespace ItbPlanner.Domain.Log;

/// <summary>A stored payload that cannot be read as its kind's payload (damaged or edited JSON).</summary>
public sealed class EventPayloadException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public EventPayloadException(EventKind kind, string problem, Exception? inner = null)
        : base($"The payload of a {LogCodes.Code(kind)} event cannot be read: {problem}", inner)
    {
        Kind = kind;
    }

    /// <summary>The kind the payload was read as.</summary>
    public EventKind Kind { get; }
}

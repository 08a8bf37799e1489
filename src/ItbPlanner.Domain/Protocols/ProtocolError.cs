namespace ItbPlanner.Domain.Protocols;

/// <summary>One thing wrong in a protocol, printed as <c>file:line: what is wrong</c>.</summary>
/// <param name="Location">Where, e.g. <c>protocols/default.yaml:42</c>.</param>
/// <param name="Message">What is wrong and, where it helps, what to write instead.</param>
public sealed record ProtocolError(string Location, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Message}";
}

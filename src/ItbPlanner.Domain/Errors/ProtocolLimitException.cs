using ItbPlanner.Domain.Alerts;

namespace ItbPlanner.Domain.Errors;

/// <summary>
/// A request that a protocol hard limit forbids (exit code 3 on the command line). Carries the blocking alert's code and
/// every alert found so far, so a caller can still show the whole picture.
/// </summary>
public sealed class ProtocolLimitException : InvalidOperationException
{
    /// <summary>Creates the exception for a blocking alert.</summary>
    public ProtocolLimitException(Alert blocking, IReadOnlyList<Alert> alerts)
        : base($"{blocking.Code}: {blocking.Message}")
    {
        Blocking = blocking;
        Alerts = alerts;
    }

    /// <summary>Creates the exception for a blocking alert, with the working done before the limit refused the request.</summary>
    public ProtocolLimitException(Alert blocking, IReadOnlyList<Alert> alerts, IReadOnlyList<string> working)
        : this(blocking, alerts)
    {
        Working = working;
    }

    /// <summary>The alert that blocked the request.</summary>
    public Alert Blocking { get; }

    /// <summary>Every alert found, the blocking one included.</summary>
    public IReadOnlyList<Alert> Alerts { get; }

    /// <summary>How far the calculation got before the limit refused it: its working, when the calculator kept one; else empty.</summary>
    public IReadOnlyList<string> Working { get; } = [];

    /// <summary>
    /// What the calculator had computed when the limit refused it, when it got that far (a refill plan refused for its
    /// booking), for a caller that shows it; null otherwise.
    /// </summary>
    public object? Result { get; init; }

    /// <summary>The blocking alert's code.</summary>
    public string Code => Blocking.Code;
}

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

    /// <summary>The alert that blocked the request.</summary>
    public Alert Blocking { get; }

    /// <summary>Every alert found, the blocking one included.</summary>
    public IReadOnlyList<Alert> Alerts { get; }

    /// <summary>The blocking alert's code.</summary>
    public string Code => Blocking.Code;
}

namespace ItbPlanner.App.Cli;

/// <summary>Exit codes are a public contract: scripts branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>Success; alerts may be present.</summary>
    public const int Ok = 0;

    /// <summary>A bug in ItbPlanner. Never a stack trace unless --verbose.</summary>
    public const int InternalError = 1;

    /// <summary>Invalid input, parse errors included; a log or an output that cannot be reached.</summary>
    public const int InvalidInput = 2;

    /// <summary>Blocked by a protocol hard limit.</summary>
    public const int BlockedByProtocol = 3;

    /// <summary>The log failed verification (tampering or corruption).</summary>
    public const int LogVerificationFailed = 4;
}

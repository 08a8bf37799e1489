namespace ItbPlanner.Application.Titration;

/// <summary>The verdict on a dose.</summary>
public enum DoseVerdict
{
    /// <summary>Within every limit.</summary>
    Allowed = 1,

    /// <summary>Beyond a soft limit: allowed with a typed reason, which is logged.</summary>
    NeedsReason = 2,

    /// <summary>Beyond a hard limit: refused.</summary>
    Refused = 3,
}

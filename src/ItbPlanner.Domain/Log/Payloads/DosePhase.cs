namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// Which limits a dose change is held to: daily titration steps or a maintenance change at a refill. Values are frozen;
/// codes in <see cref="LogCodes"/>.
/// </summary>
public enum DosePhase
{
    /// <summary>Titration: the origin's daily step limits. Code <c>titration</c>.</summary>
    Titration = 1,

    /// <summary>Maintenance: the origin's limits on one change at a refill visit. Code <c>maintenance</c>.</summary>
    Maintenance = 2,
}

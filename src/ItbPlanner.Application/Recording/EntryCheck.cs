using ItbPlanner.Domain.Alerts;

namespace ItbPlanner.Application.Recording;

/// <summary>Whether the log would take a previewed entry now, and if not, the refusal naming the unmet guard.</summary>
/// <param name="Refusal">The blocking alert, or null when every event would be taken.</param>
public sealed record EntryCheck(Alert? Refusal)
{
    /// <summary>Whether every event would be taken.</summary>
    public bool Allowed => Refusal is null;
}

using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>Whether one maintenance dose change is within the protocol's limits, and why. Immutable.</summary>
/// <param name="Origin">The rule set used.</param>
/// <param name="Population">Whose dose limits were checked.</param>
/// <param name="From">The current daily dose.</param>
/// <param name="To">The proposed daily dose.</param>
/// <param name="Change">The change, exact (display it with <c>DisplayChange()</c>, 0.01 %); negative for a decrease.</param>
/// <param name="Allowed">True unless a blocking alert stands (a hard ceiling, or a limit without an override reason).</param>
/// <param name="Blocking">The alert that blocks the change, if any.</param>
/// <param name="OverrideReason">The override reason given, echoed.</param>
/// <param name="Alerts">Every finding, the blocking one included.</param>
/// <param name="Working">How the change was checked, citing the protocol.</param>
public sealed record MaintenanceChangeResult(
    TitrationOrigin Origin,
    Population Population,
    MassFlow From,
    MassFlow To,
    Percentage Change,
    bool Allowed,
    Alert? Blocking,
    string? OverrideReason,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>Returns this result when allowed.</summary>
    /// <exception cref="ProtocolLimitException">The change is blocked; carries the blocking alert and every alert.</exception>
    public MaintenanceChangeResult EnsureAllowed() =>
        Blocking is { } blocking ? throw Dosing.DoseLimitCheck.Blocked(blocking, Alerts) : this;
}

using ItbPlanner.Domain.Alerts;

namespace ItbPlanner.Application.Recording;

/// <summary>
/// Something a clinician should know about an entry, shown once it is recorded (not part of the record): an alert the
/// entry raised, or a note such as dates that could not be computed, naming the fields that would settle it.
/// </summary>
/// <param name="Text">The note, or the alert's message.</param>
/// <param name="Alert">The alert, when the notice is one.</param>
/// <param name="Fields">The fields the clinician could give to settle it, in words (e.g. "alarm date").</param>
public sealed record Notice(string Text, Alert? Alert = null, IReadOnlyList<string>? Fields = null)
{
    /// <summary>An alert as a notice.</summary>
    public static Notice Of(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new Notice(alert.Message, alert);
    }
}

using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Alerts;

namespace ItbPlanner.App.Tui;

/// <summary>
/// A patient's open critical findings at the start of a title. Every screen that covers the main window (a visit wizard,
/// the log review, the timeline) hides its critical banner, so it carries them in its own title, in view at any size.
/// </summary>
internal static class CriticalTitle
{
    /// <summary><c>‼ CODE, CODE · </c>, or nothing when the patient has no open critical finding.</summary>
    public static string Prefix(PatientFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var critical = file.Outlook.Alerts.Where(a => a.Severity == AlertSeverity.Critical).Select(a => a.Code).Distinct().ToArray();
        return critical.Length == 0 ? string.Empty : $"‼ {string.Join(", ", critical)} · ";
    }
}

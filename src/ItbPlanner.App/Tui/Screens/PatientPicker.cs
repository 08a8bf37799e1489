using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.Domain.Log;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>Chooses a registered patient from a filterable list.</summary>
internal static class PatientPicker
{
    /// <summary>The patient chosen, or Back / Cancel.</summary>
    public static Choice<PatientId> Pick(TuiSession session, string title)
    {
        var patients = session.UseCases.Roster.List();
        if (patients.Count == 0)
        {
            session.Console.MarkupLine("[yellow]No patients are registered yet: choose New patient first.[/]");
            return Ask.Menu<PatientId>(session.Console, "Nothing to choose", []);
        }

        var options = patients.Select(p => (p.Patient.Label == p.Patient.Id.Value ? p.Patient.Id.Value : $"{p.Patient.Id} · {p.Patient.Label}", p.Patient.Id)).ToArray();
        return Ask.Menu(session.Console, title + " (type to filter)", options);
    }
}

using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Visits;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>A patient's visits as the UI offers them: their labels and screens (whether one may start is the application's answer, <see cref="VisitAvailability"/>).</summary>
internal static class PatientActions
{
    /// <summary>The label of a visit in menus.</summary>
    public static string Label(Visit visit) => visit switch
    {
        Visit.Screening => "Screening trial",
        Visit.Implant => "Implant",
        Visit.Titration => "Titration day",
        _ => "Refill visit",
    };

    /// <summary>Whether a visit can start now; <paramref name="reasons"/> says why not.</summary>
    public static bool Can(PatientFile file, Visit visit, out IReadOnlyList<string> reasons) => VisitAvailability.Can(file, visit, out reasons);

    /// <summary>The screen for a visit.</summary>
    public static Screen Open(Visit visit, PatientFile file) => visit switch
    {
        Visit.Screening => new ScreeningScreen(file.Id),
        Visit.Implant => new ImplantScreen(file.Id),
        Visit.Titration => new TitrationScreen(file.Id),
        _ => new RefillScreen(file.Id),
    };

    /// <summary>Shows why a visit cannot start and offers only Back and Cancel.</summary>
    public static Navigation.Navigation Unavailable(TuiSession session, PatientFile file, Visit visit, IReadOnlyList<string> reasons)
    {
        session.Console.Write(PatientSummaryView.Render(file, session.Today, session.Local));
        session.Console.Write(WhyNotView.Refused($"{Label(visit)} for patient {file.Id}", reasons));
        var choice = Prompts.Ask.Menu<bool>(session.Console, "Nothing can be done here now", []);
        return Prompts.Wizard.Leave(choice.Kind);
    }
}

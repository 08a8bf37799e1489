using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Visits;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>The course actions of the patient screen as the UI offers them: their labels (whether one is possible now is the application's answer, <see cref="VisitAvailability"/>).</summary>
internal static class CourseActions
{
    /// <summary>The label of an action in menus.</summary>
    public static string Label(CourseAction action) => action switch
    {
        CourseAction.Suspend => "Suspend infusion",
        CourseAction.Resume => "Resume infusion",
        CourseAction.DeclareWithdrawal => "Withdrawal emergency",
        CourseAction.ResolveWithdrawal => "Withdrawal resolved (therapy resumed)",
        CourseAction.Explant => "Explant the pump",
        _ => "Not a candidate",
    };

    /// <summary>Whether an action is possible now; <paramref name="reasons"/> says why not, in the workflow's terms.</summary>
    public static bool Can(PatientFile file, CourseAction action, out IReadOnlyList<string> reasons) => VisitAvailability.Can(file, action, out reasons);
}

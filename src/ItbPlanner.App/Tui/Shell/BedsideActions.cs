using ItbPlanner.App.Tui.Wizards;
using ItbPlanner.Application.OralWean;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Visits;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Shell;

/// <summary>The main window's actions: their keys and labels, whether the selected patient's workflow permits them now (the application's answer), and what each opens.</summary>
internal static class BedsideActions
{
    /// <summary>Every action, in the status bar's order.</summary>
    public static IReadOnlyList<BedsideAction> All { get; } = Enum.GetValues<BedsideAction>();

    /// <summary>The action's key.</summary>
    public static Key Key(this BedsideAction action) => action switch
    {
        BedsideAction.NewPatient => Terminal.Gui.Input.Key.F2,
        BedsideAction.Screening => Terminal.Gui.Input.Key.F3,
        BedsideAction.Implant => Terminal.Gui.Input.Key.F4,
        BedsideAction.Titration => Terminal.Gui.Input.Key.F5,
        BedsideAction.Refill => Terminal.Gui.Input.Key.F6,
        BedsideAction.CourseAction => Terminal.Gui.Input.Key.F7,
        BedsideAction.LogReview => Terminal.Gui.Input.Key.F8,
        BedsideAction.OralWean => Terminal.Gui.Input.Key.F9,
        _ => Terminal.Gui.Input.Key.A.WithCtrl,
    };

    /// <summary>The action's label.</summary>
    public static string Label(this BedsideAction action) => action switch
    {
        BedsideAction.NewPatient => "New patient",
        BedsideAction.Screening => "Screening",
        BedsideAction.Implant => "Implant",
        BedsideAction.Titration => "Titration",
        BedsideAction.Refill => "Refill",
        BedsideAction.CourseAction => "Course",
        BedsideAction.LogReview => "Log",
        BedsideAction.OralWean => "Oral wean",
        _ => "Acknowledge",
    };

    /// <summary>Whether the action is about the selected patient.</summary>
    public static bool IsPatientAction(this BedsideAction action) => action is not BedsideAction.NewPatient;

    /// <summary>Whether the action is a visit (blocked while a critical alert of the patient waits: an oral wean step too, as weaning during a pump alarm could unmask withdrawal).</summary>
    public static bool IsVisit(this BedsideAction action) => action.AsVisit() is not null || action == BedsideAction.OralWean;

    /// <summary>
    /// Whether the workflow permits the action for the selected patient now; <paramref name="reasons"/> says which guard is
    /// unmet. An oral wean is asked of <paramref name="oralWean"/> (the use case: a protocol without oral-wean rules refuses it up front).
    /// </summary>
    public static bool IsPermitted(this BedsideAction action, PatientFile? file, WeanOralBaclofen oralWean, out IReadOnlyList<string> reasons)
    {
        if (action is BedsideAction.NewPatient or BedsideAction.Acknowledge)
        {
            reasons = [];
            return true;
        }

        if (file is null)
        {
            reasons = ["select a patient in the table first"];
            return false;
        }

        if (action.AsVisit() is { } visit)
        {
            return VisitAvailability.Can(file, visit, out reasons);
        }

        if (action == BedsideAction.OralWean)
        {
            ArgumentNullException.ThrowIfNull(oralWean);
            return oralWean.CanWean(file, out _, out reasons);
        }

        reasons = [];
        return true;
    }

    /// <summary>Opens what the action opens, modally, and returns when it closes.</summary>
    public static void Run(BedsideAction action, BedsideSession session, PatientFile? file, MainWindow main)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(main);
        if (action == BedsideAction.Acknowledge)
        {
            main.AcknowledgeCritical();
            return;
        }

        using var runnable = Open(action, session, file);
        if (runnable is null)
        {
            // The workflow permitted it, but the record lacks what the screen needs (a course read from the log, a program,
            // the start-dose rule): say so rather than do nothing.
            MessageBox.Query(session.App, action.Label(), $"{action.Label()}: the patient's log does not give what this needs (a course, a program in force or the starting-dose rule); 'itb patient show' says what it holds.", "OK");
            return;
        }

        session.App.Run(runnable);
    }

    private static Visit? AsVisit(this BedsideAction action) => action switch
    {
        BedsideAction.Screening => Visit.Screening,
        BedsideAction.Implant => Visit.Implant,
        BedsideAction.Titration => Visit.Titration,
        BedsideAction.Refill => Visit.Refill,
        _ => null,
    };

    private static Runnable? Open(BedsideAction action, BedsideSession session, PatientFile? file) => (action, file) switch
    {
        (BedsideAction.NewPatient, _) => new Dialogs.NewPatientDialog(session),
        (BedsideAction.Screening, { Course: { } course }) => new ScreeningWizard(session, file, course),
        (BedsideAction.Implant, { Course.RecommendedStartDose: { } rule }) => new ImplantWizard(session, file, rule),
        (BedsideAction.Refill, { Course: { } course, Record.Program: { } program, Pump: { } pump }) => new RefillWizard(session, file, course, program, pump),
        (BedsideAction.LogReview, { } reviewed) => new Review.LogReviewWindow(session, reviewed.Id, critical: CriticalTitle.Prefix(reviewed)),
        (BedsideAction.Titration, { Record.Program: { } program }) => new TitrationWizard(session, file, program),
        (BedsideAction.CourseAction, { } patient) => new Dialogs.CourseActionDialog(session, patient),
        (BedsideAction.OralWean, { } weaned) when session.UseCases.OralWean.CanWean(weaned, out var inForce, out _) && inForce is not null => new OralWeanWizard(session, weaned, inForce),
        _ => null,
    };
}

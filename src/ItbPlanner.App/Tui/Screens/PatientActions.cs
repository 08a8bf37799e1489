using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Records;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>Which of a patient's task screens the workflow allows now, and why the others are not.</summary>
internal static class PatientActions
{
    /// <summary>A task screen.</summary>
    public enum Task
    {
        /// <summary>The screening trial.</summary>
        Screening,

        /// <summary>The implant.</summary>
        Implant,

        /// <summary>A titration step.</summary>
        Titration,

        /// <summary>A refill visit.</summary>
        Refill,
    }

    /// <summary>The label of a task in menus.</summary>
    public static string Label(Task task) => task switch
    {
        Task.Screening => "Screening trial",
        Task.Implant => "Implant",
        Task.Titration => "Titration day",
        _ => "Refill visit",
    };

    /// <summary>Whether a task is possible now; <paramref name="reasons"/> says why not.</summary>
    public static bool Can(PatientFile file, Task task, out IReadOnlyList<string> reasons)
    {
        if (file.Course is null)
        {
            reasons = [file.CourseProblem ?? "the course could not be read from the log"];
            return false;
        }

        var phase = file.Course.Phase;
        switch (task)
        {
            case Task.Screening:
                reasons = [$"the screening trial is over (phase: {PhaseText.Of(phase)})"];
                return phase == TherapyPhase.Candidate || file.Course.IsIn(TherapyPhase.ScreeningPhases);
            case Task.Implant:
                if (phase == TherapyPhase.ScreeningPositive)
                {
                    reasons = [];
                    return true;
                }

                return file.Can(TherapyAction.RecordImplant, out reasons) || NotIn(phase, "an implant follows a positive screening", out reasons);
            case Task.Titration:
                if (!file.Course.IsIn(TherapyPhase.ImplantedPhases))
                {
                    return NotIn(phase, "the dose is titrated once a pump is implanted and running", out reasons);
                }

                return file.Can(TherapyAction.ChangeDose, out reasons);
            default:
                // The workflow's question, the one the log's guard asks: a refill needs a pump in place (a withdrawal
                // emergency included). The screen also needs the fill it continues from and the pump model.
                if (!file.Can(TherapyAction.Refill, out _))
                {
                    return NotIn(phase, "no pump is implanted and running", out reasons);
                }

                var ok = file.Timeline.Fills.Count > 0 && file.Pump is not null;
                reasons = ok ? [] : [file.Pump is null && file.Timeline.Fills.Count > 0 ? "the patient's pump model is not in the protocol" : $"no pump is implanted and running (phase: {PhaseText.Of(phase)})"];
                return ok;
        }
    }

    /// <summary>The screen for a task.</summary>
    public static Screen Open(Task task, PatientFile file) => task switch
    {
        Task.Screening => new ScreeningScreen(file.Id),
        Task.Implant => new ImplantScreen(file.Id),
        Task.Titration => new TitrationScreen(file.Id),
        _ => new RefillScreen(file.Id),
    };

    /// <summary>Shows why a task cannot start and offers only Back and Cancel.</summary>
    public static Navigation.Navigation Unavailable(TuiSession session, PatientFile file, Task task, IReadOnlyList<string> reasons)
    {
        session.Console.Write(PatientSummaryView.Render(file, session.Today, session.Local));
        session.Console.Write(WhyNotView.Refused($"{Label(task)} for patient {file.Id}", reasons));
        var choice = Prompts.Ask.Menu<bool>(session.Console, "Nothing can be done here now", []);
        return Prompts.Wizard.Leave(choice.Kind);
    }

    private static bool NotIn(TherapyPhase phase, string what, out IReadOnlyList<string> reasons)
    {
        reasons = [$"{what} (phase: {PhaseText.Of(phase)})"];
        return false;
    }
}

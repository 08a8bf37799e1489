using ItbPlanner.App.Tui.Records;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// The course actions of the patient screen that are one confirmed event each (suspension, resumption, a withdrawal
/// emergency and its resolution, explant, declaring a patient not a candidate): whether the workflow allows them now, and why not.
/// </summary>
internal static class CourseActions
{
    /// <summary>A course action.</summary>
    public enum Action
    {
        /// <summary>Stop the infusion (surgery, MRI, a pump problem).</summary>
        Suspend,

        /// <summary>Restart the infusion after a suspension.</summary>
        Resume,

        /// <summary>Declare signs of baclofen withdrawal.</summary>
        DeclareWithdrawal,

        /// <summary>Resolve a withdrawal emergency: therapy resumed.</summary>
        ResolveWithdrawal,

        /// <summary>Remove the pump.</summary>
        Explant,

        /// <summary>Declare the patient not a candidate for an implant (before one is implanted).</summary>
        DeclareNotACandidate,
    }

    /// <summary>The label of an action in menus.</summary>
    public static string Label(Action action) => action switch
    {
        Action.Suspend => "Suspend infusion",
        Action.Resume => "Resume infusion",
        Action.DeclareWithdrawal => "Withdrawal emergency",
        Action.ResolveWithdrawal => "Withdrawal resolved (therapy resumed)",
        Action.Explant => "Explant the pump",
        _ => "Not a candidate",
    };

    /// <summary>Whether an action is possible now; <paramref name="reasons"/> says why not, in the workflow's terms.</summary>
    public static bool Can(PatientFile file, Action action, out IReadOnlyList<string> reasons)
    {
        var (trigger, why) = action switch
        {
            Action.Suspend => (TherapyAction.Suspend, "infusion is suspended only while a pump is running"),
            Action.Resume => (TherapyAction.Resume, "infusion resumes only after a suspension"),
            Action.DeclareWithdrawal => (TherapyAction.DeclareWithdrawalEmergency, "a withdrawal emergency is declared only for a patient with a pump"),
            Action.ResolveWithdrawal => (TherapyAction.ResolveWithdrawalEmergency, "only a declared withdrawal emergency is resolved"),
            Action.Explant => (TherapyAction.Explant, "only an implanted pump is explanted"),
            _ => (TherapyAction.DeclareNotACandidate, "a patient is declared not a candidate only before an implant"),
        };
        if (file.Can(trigger, out var unmet))
        {
            reasons = [];
            return true;
        }

        reasons = file.Course is null ? unmet : [$"{why} (phase: {PhaseText.Of(file.Course.Phase)})"];
        return false;
    }
}

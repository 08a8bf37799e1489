using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Visits;

namespace ItbPlanner.App.Tui.Dialogs;

/// <summary>One entry of the course actions' list: a course action, or marking the pending plan as in the pump; offered when the workflow allows it, else listed with why not.</summary>
/// <param name="Action">The course action, or null for marking the pending plan transferred.</param>
/// <param name="Label">The words a clinician reads.</param>
/// <param name="Unmet">Why it is not possible now; empty when it is.</param>
internal sealed record CourseChoice(CourseAction? Action, string Label, IReadOnlyList<string> Unmet)
{
    /// <summary>The label of marking the pending plan transferred.</summary>
    public const string TransferLabel = "Program transferred to the pump";

    /// <summary>Whether it is possible now.</summary>
    public bool Allowed => Unmet.Count == 0;

    /// <summary>Whether it is confirmed by typing the patient's id (it ends or endangers the course).</summary>
    public bool Typed => Action is CourseAction.DeclareWithdrawal or CourseAction.Explant or CourseAction.DeclareNotACandidate;

    /// <summary>Every course action for a patient now, in the workflow's order, with the pending plan's transfer last.</summary>
    public static IReadOnlyList<CourseChoice> For(PatientFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var choices = Enum.GetValues<CourseAction>()
            .Select(a => VisitAvailability.Can(file, a, out var unmet) ? new CourseChoice(a, LabelOf(a), []) : new CourseChoice(a, LabelOf(a), unmet))
            .ToList();
        choices.Add(file.Record.PendingTransfer is { } pending
            ? new CourseChoice(null, $"{TransferLabel} (plan #{pending.Seq})", [])
            : new CourseChoice(null, TransferLabel, ["no logged plan is waiting to be entered in the pump"]));
        return choices;
    }

    /// <summary>A course action in a clinician's words.</summary>
    public static string LabelOf(CourseAction action) => action switch
    {
        CourseAction.Suspend => "Suspend infusion",
        CourseAction.Resume => "Resume infusion",
        CourseAction.DeclareWithdrawal => "Withdrawal emergency",
        CourseAction.ResolveWithdrawal => "Withdrawal emergency resolved",
        CourseAction.Explant => "Explant the pump",
        _ => "Not a candidate for an implant",
    };
}

using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Titration;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Prompts;

/// <summary>
/// Asks for a new daily dose and holds it to the limits: a dose beyond a hard limit is refused with the reason and asked
/// again; one beyond a soft limit goes ahead only with a typed reason, which is logged with it.
/// </summary>
internal static class DosePrompt
{
    /// <summary>The dose and, when a soft limit was passed, the reason given.</summary>
    public static Choice<(MassFlow Dose, string? Reason)> Ask(TuiSession session, PatientFile file, TherapyCourse course, DateTimeOffset at, string label)
    {
        while (true)
        {
            var dose = Prompts.Ask.Quantity<MassFlow, MassFlowUnit>(session.Console, label);
            if (!dose.HasValue)
            {
                return new(dose.Kind, default);
            }

            var checkedDose = Check(session, file, course, at, dose.Value);
            if (checkedDose.Kind == ChoiceKind.Back)
            {
                continue;
            }

            return checkedDose;
        }
    }

    /// <summary>Holds a dose already chosen to the limits: Back when refused (the reason is on screen).</summary>
    public static Choice<(MassFlow Dose, string? Reason)> Check(TuiSession session, PatientFile file, TherapyCourse course, DateTimeOffset at, MassFlow dose)
    {
        var decision = session.UseCases.Titration.Judge(file, course, dose, at);
        switch (decision.Verdict)
        {
            case DoseVerdict.Allowed:
                return Choice<(MassFlow, string?)>.Of((dose, null));
            case DoseVerdict.Refused:
                session.Console.Write(WhyNotView.Refused($"{dose.Display()} — beyond a hard limit", decision.Reasons));
                return Choice<(MassFlow, string?)>.Back;
            default:
                session.Console.Write(WhyNotView.SoftLimit($"{dose.Display()} — beyond a soft limit", decision.Reasons));
                var reason = Prompts.Ask.Text(session.Console, "Reason for going beyond the limit (logged with the dose)");
                return reason.HasValue ? Choice<(MassFlow, string?)>.Of((dose, reason.Value)) : new(reason.Kind, default);
        }
    }
}

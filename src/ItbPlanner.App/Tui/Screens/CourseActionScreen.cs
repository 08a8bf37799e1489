using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// One course action as an explicit step: when, the details the log records, then a review confirmed by a choice (or, for
/// a withdrawal emergency, an explant and declaring a patient not a candidate, by typing the patient's id). Nothing is logged before the confirmation.
/// A restart (after a suspension or a withdrawal emergency) is at the dose before it or lower, never higher.
/// </summary>
internal sealed class CourseActionScreen(PatientId id, CourseAction action) : Screen
{
    private PatientFile file = null!;
    private DateTimeOffset at;
    private string text = string.Empty;
    private string? detail;
    private MassFlow? lowerDose;

    /// <inheritdoc/>
    public override string Title => $"{CourseActions.Label(action)} · patient {id}";

    private bool Restart => action is CourseAction.Resume or CourseAction.ResolveWithdrawal;

    private bool Typed => action is CourseAction.DeclareWithdrawal or CourseAction.Explant or CourseAction.DeclareNotACandidate;

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        file = session.UseCases.Patients.Open(id);
        if (!CourseActions.Can(file, action, out var why))
        {
            Show(session);
            session.Console.Write(PatientSummaryView.Render(file, session.Today, session.Local));
            session.Console.Write(WhyNotView.Refused($"{CourseActions.Label(action)} for patient {id}", why));
            return Wizard.Leave(Ask.Menu<bool>(session.Console, "Nothing can be done here now", []).Kind);
        }

        var done = Wizard.Run(() => AskMoment(session), () => AskDetails(session), () => Review(session));
        return done == ChoiceKind.Value ? new Navigation.Navigation.Replace(new PatientScreen(id)) : Wizard.Leave(done);
    }

    private ChoiceKind AskMoment(TuiSession session)
    {
        var note = Typed ? "confirm with the patient's id at the end" : "confirm at the end";
        Show(session, PatientSummaryView.Render(file, session.Today, session.Local), new Markup($"{TerminalText.Markup(CourseActions.Label(action))}. Nothing is logged until you {note}.\n"));
        var moment = Ask.Moment(session.Console, "When", session.Now, session.FromLocal);
        at = moment.HasValue ? moment.Value : at;
        return moment.Kind;
    }

    private ChoiceKind AskDetails(TuiSession session)
    {
        var console = session.Console;
        (detail, lowerDose) = (null, null);
        switch (action)
        {
            case CourseAction.Suspend:
                return Required(Ask.Text(console, "Why is infusion suspended (surgery, MRI, pump problem)"));
            case CourseAction.Explant:
                return Required(Ask.Text(console, "Why is the pump removed"));
            case CourseAction.DeclareNotACandidate:
                return Required(Ask.Text(console, "Why is the patient not a candidate for an implant"));
            case CourseAction.DeclareWithdrawal:
                var symptoms = Ask.Text(console, "Symptoms seen (returning spasticity, itch, fever, altered mental state)");
                if (!symptoms.HasValue)
                {
                    return symptoms.Kind;
                }

                text = symptoms.Value!;
                return Optional(Ask.OptionalText(console, "What was done (e.g. oral baclofen, pump interrogated, admitted)"));
            default:
                return AskRestart(session);
        }
    }

    private ChoiceKind AskRestart(TuiSession session)
    {
        var console = session.Console;
        var before = file.Course!.CurrentDose;
        while (true)
        {
            var options = new List<(string, bool)>();
            if (before is { } dose)
            {
                options.Add(($"Restart at the dose before: {Dose(dose)}", true));
                if (file.Record.Program is not null)
                {
                    options.Add(("Restart at a lower dose", false));
                }
            }
            else
            {
                options.Add(("Restart (no dose was recorded before)", true));
            }

            var choice = Ask.Menu(console, "Restart dose (never above the dose before the interruption)", options);
            if (!choice.HasValue)
            {
                return choice.Kind;
            }

            if (!choice.Value)
            {
                var lower = AskLower(console, before!.Value);
                if (lower.Kind == ChoiceKind.Back)
                {
                    continue;
                }

                if (!lower.HasValue)
                {
                    return lower.Kind;
                }

                var why = Ask.Text(console, "Why restart lower (logged with the new program)");
                if (why.Kind == ChoiceKind.Back)
                {
                    continue;
                }

                if (!why.HasValue)
                {
                    return why.Kind;
                }

                (lowerDose, text) = (lower.Value, why.Value!);
            }

            var notes = Ask.OptionalText(console, "Notes (how the pump was restarted, checks done)");
            if (notes.Kind == ChoiceKind.Back)
            {
                continue;
            }

            return Optional(notes);
        }
    }

    private static Choice<MassFlow> AskLower(IAnsiConsole console, MassFlow before)
    {
        while (true)
        {
            var lower = Ask.Quantity<MassFlow, MassFlowUnit>(console, $"Restart daily dose (below {Dose(before)})");
            if (!lower.HasValue || lower.Value < before)
            {
                return lower;
            }

            console.MarkupLine($"[yellow]{TerminalText.Markup(Dose(lower.Value))} is not below the dose before ({TerminalText.Markup(Dose(before))}): choose the dose before, or a lower one.[/]");
        }
    }

    private ChoiceKind Review(TuiSession session)
    {
        var console = session.Console;
        if (LogWriter.Preview(session, Entry(session)) is not { } preview)
        {
            return Ask.Menu<bool>(console, "Not possible", []).Kind == ChoiceKind.Cancel ? ChoiceKind.Cancel : ChoiceKind.Back;
        }

        var lines = preview.Events.Select(e => $"• {LogCodes.Code(e.Kind)}: {Describe(e.Payload)}");
        var panel = new Panel(new Markup(TerminalText.Markup(string.Join("\n", lines))))
        {
            Header = new PanelHeader($"[bold] To log for patient {TerminalText.Markup(id.Value)} at {TerminalText.Markup(session.Local(at))} [/]"),
            Expand = true,
        };
        var critical = action == CourseAction.DeclareWithdrawal
            ? CriticalAlertView.Render([new CriticalItem(id, Alert.Critical(AlertCodes.WithdrawalEmergency, $"Baclofen withdrawal: {text}. Treat as a medical emergency: restore intrathecal delivery as soon as possible and check the pump and catheter."))])
            : Text.Empty;
        Show(session, critical, panel, Text.Empty);

        var confirm = Typed
            ? Ask.TypedConfirmation(console, $"Type the patient's id ({id}) to log it", id.Value)
            : Ask.Menu(console, "Log it?", [("Log it", true)]);
        if (!confirm.HasValue)
        {
            return confirm.Kind;
        }

        if (LogWriter.Append(session, preview) is null)
        {
            return Ask.Menu<bool>(console, "Not logged", []).Kind == ChoiceKind.Cancel ? ChoiceKind.Cancel : ChoiceKind.Back;
        }

        return ChoiceKind.Value;
    }

    /// <summary>The entry the action logs: one event, or with a lower restart dose its new program too.</summary>
    private EntryRequest Entry(TuiSession session) => action switch
    {
        CourseAction.Suspend => LogWriter.Entry(session, id, at, new SuspensionEntry(text)),
        CourseAction.Explant => LogWriter.Entry(session, id, at, new ExplantEntry(text)),
        CourseAction.DeclareWithdrawal => LogWriter.Entry(session, id, at, new WithdrawalEmergencyEntry(text, detail)),
        CourseAction.DeclareNotACandidate => LogWriter.Entry(session, id, at, new CandidacyDeclinedEntry(text), text),
        _ => LogWriter.Entry(session, id, at, new ResumptionEntry(detail, lowerDose, lowerDose is null ? null : text)),
    };

    private static string Describe(EventPayload payload) => payload switch
    {
        TherapySuspendedPayload x => $"infusion suspended — {x.Notes}",
        TherapyResumedPayload x => "infusion resumed at the dose before" + (x.Notes is null ? string.Empty : $" — {x.Notes}"),
        WithdrawalEmergencyPayload x => $"symptoms: {x.Symptoms}; action: {x.Action ?? "—"}",
        ExplantPayload x => $"pump removed — {x.Notes}",
        CandidacyDeclinedPayload x => $"not a candidate for an implant — {x.Reason}",
        DoseProgramPayload x => $"{Dose(x.Dose)} (was {(x.PreviousDose is { } p ? Dose(p) : "—")}), {x.Rate?.Display()}",
        _ => payload.GetType().Name,
    };

    private ChoiceKind Required(Choice<string> given)
    {
        text = given.HasValue ? given.Value! : text;
        return given.Kind;
    }

    private ChoiceKind Optional(Choice<string?> given)
    {
        detail = given.HasValue ? given.Value : detail;
        return given.Kind;
    }

    private static string Dose(MassFlow value) => value.ToUnit(MassFlowUnit.MicrogramPerDay).Display();
}

using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Models;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Titration;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// A titration day: the current dose, the next step towards the target within the origin's limits (table and chart),
/// confirm it or adjust it (hard limits refuse, soft limits need a typed reason), review the new program and its dates,
/// confirm with the patient's id; then it is logged and shown as not yet transferred to the pump.
/// </summary>
internal sealed class TitrationScreen(PatientId id) : Screen
{
    private PatientFile file = null!;
    private TherapyCourse course = null!;
    private DateTimeOffset at;
    private TitrationPlan plan = null!;
    private MassFlow dose;
    private string? reason;

    /// <inheritdoc/>
    public override string Title => $"Titration day · patient {id}";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        file = session.UseCases.Patients.Open(id);
        if (!PatientActions.Can(file, Visit.Titration, out var why) || file.Course is null || file.Record.Program is null)
        {
            Show(session);
            return PatientActions.Unavailable(session, file, Visit.Titration, why.Count > 0 ? why : ["no program is in force"]);
        }

        var done = Wizard.Run(() => AskMoment(session), () => AskTarget(session), () => Choose(session), () => Review(session));
        return done == ChoiceKind.Value ? new Navigation.Navigation.Replace(new PatientScreen(id)) : Wizard.Leave(done);
    }

    private ChoiceKind AskMoment(TuiSession session)
    {
        Show(session, PatientSummaryView.Render(file, session.Today, session.Local));
        while (true)
        {
            var moment = Ask.Moment(session.Console, "When is the new dose programmed", session.Now, session.FromLocal);
            if (!moment.HasValue)
            {
                return moment.Kind;
            }

            // The course as the log stood at that moment, as the log's guard will judge the step (a transfer marked
            // since, or any later entry, does not stand in the way of a step entered after the fact).
            if (session.UseCases.Titration.CourseAt(file, moment.Value) is not { } then)
            {
                session.Console.Write(WhyNotView.Refused($"a titration step at {session.Local(moment.Value)}", ["the dose is titrated once a pump is implanted and running"]));
                continue;
            }

            (at, course) = (moment.Value, then);
            return moment.Kind;
        }
    }

    private ChoiceKind AskTarget(TuiSession session)
    {
        while (true)
        {
            var target = Ask.Quantity<MassFlow, MassFlowUnit>(session.Console, $"Target daily dose (now {Dose(course.CurrentDose!.Value)})");
            if (!target.HasValue)
            {
                return target.Kind;
            }

            try
            {
                plan = session.UseCases.Titration.Plan(course, at, target.Value);
                return ChoiceKind.Value;
            }
            catch (Exception e) when (e is ProtocolLimitException or InvalidInputException)
            {
                session.Console.Write(WhyNotView.Refused($"target {target.Value.Display()}", [e.Message]));
            }
        }
    }

    private ChoiceKind Choose(TuiSession session)
    {
        var proposed = plan.Steps.Count > 0 ? plan.Steps[0] : null;
        var decision = proposed is null ? null : session.UseCases.Titration.Judge(file, course, proposed.Dose, at);
        var model = new TitrationDayModel(course.CurrentDose!.Value, plan, proposed, decision, session.UseCases.Titration.Limits(course));
        while (true)
        {
            Show(session, TitrationDayView.Render(model));
            var options = new List<(string, bool)>();
            if (proposed is not null && decision!.Verdict != DoseVerdict.Refused)
            {
                options.Add(($"Confirm the proposed step: {Dose(proposed.Dose)}", true));
            }

            options.Add(("Adjust the dose", false));
            var choice = Ask.Menu(session.Console, "Today's step", options);
            if (!choice.HasValue)
            {
                return choice.Kind;
            }

            var chosen = choice.Value
                ? DosePrompt.Check(session, file, course, at, proposed!.Dose)
                : DosePrompt.Ask(session, file, course, at, "New daily dose");
            if (chosen.HasValue)
            {
                (dose, reason) = chosen.Value;
                return ChoiceKind.Value;
            }

            if (chosen.Kind == ChoiceKind.Cancel)
            {
                return ChoiceKind.Cancel;
            }
        }
    }

    private ChoiceKind Review(TuiSession session)
    {
        var program = file.Record.Program!;
        var newRate = dose.VolumeFlowAt(program.Concentration);
        var dates = session.UseCases.Titration.DatesAfter(file, at, dose, program.Concentration);
        var before = file.Outlook; // today's dates, recomputed as the schedule computes them (never the stored ones)
        var change = (dose - program.Dose) / program.Dose * 100m;
        var review = ReviewView.Render(
            $"Titration step for patient {id} at {session.Local(at)}",
            [
                new("Daily dose", Dose(program.Dose), $"{Dose(dose)} ({(change > 0 ? "+" : string.Empty)}{change:0.##} %)"),
                new("Concentration", program.Concentration.Display(), program.Concentration.Display()),
                new("Rate", program.Rate.Display(), newRate.Display()),
                new("Low-reservoir alarm", Date(before.AlarmDate), Date(dates.AlarmDate)),
                new("Refill by", Date(before.RefillByDate), Date(dates.RefillByDate)),
                new("Limit overridden", "—", reason ?? "—"),
            ]);
        var marks = new List<CalendarView.Mark> { new(session.LocalDate(at), 'T', "today's step", Color.Aqua) };
        if (dates.AlarmDate is { } alarm)
        {
            marks.Add(new(alarm, 'A', "low-reservoir alarm", Color.Red));
        }

        if (dates.RefillByDate is { } refillBy)
        {
            marks.Add(new(refillBy, 'R', "refill by", Color.Yellow));
        }

        Show(session, review, CalendarView.Render(marks), Output.Views.AlertView.Render(dates.Alerts.Where(a => a.Severity != Domain.Alerts.AlertSeverity.Info).ToArray()), new Markup($"[grey]{TerminalText.Markup(dates.Working.Count > 0 ? dates.Working[^1] : string.Empty)}[/]\n"));
        var critical = dates.Alerts.Where(a => a.Severity == Domain.Alerts.AlertSeverity.Critical).Select(a => new CriticalItem(id, a)).ToArray();
        if (critical.Length > 0)
        {
            var acknowledged = CriticalAlertGate.Acknowledge(session, critical);
            if (!acknowledged.HasValue)
            {
                return acknowledged.Kind;
            }
        }

        var confirm = Ask.TypedConfirmation(session.Console, $"Type the patient's id ({id}) to log this step", id.Value);
        if (!confirm.HasValue)
        {
            return confirm.Kind;
        }

        var step = new DoseProgramEntry(dose, program.Concentration, OverrideReason: reason, Phase: DosePhase.Titration, AlarmDate: dates.AlarmDate, RefillByDate: dates.RefillByDate);
        var stored = LogWriter.Append(session, LogWriter.Entry(session, id, at, step, reason ?? "titration step"));
        if (stored is null)
        {
            return Ask.Menu<bool>(session.Console, "Not logged", []).Kind == ChoiceKind.Cancel ? ChoiceKind.Cancel : ChoiceKind.Back;
        }

        TransferStep.Offer(session, id, stored[^1]);
        return ChoiceKind.Value;
    }

    private static string Dose(MassFlow dose) => dose.ToUnit(MassFlowUnit.MicrogramPerDay).Display();

    private static string Date(DateOnly? date) => date is { } d ? $"{d:yyyy-MM-dd} ({d.DayOfWeek.ToString()[..3]})" : "—";
}

using ItbPlanner.App.Cli.Commands;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.App.Tui.Models;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Records;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// A refill visit: the aspirated residual is reconciled with what the log expects (critical findings must be
/// acknowledged), the new fill and concentration (a change brings the bridge bolus), an optional dose change held to the
/// limits, then a before/after review with the dates on a calendar, confirmed by typing the patient's id. The refill
/// (and the new program, when it changes) is then logged and shown as not yet transferred to the pump.
/// </summary>
internal sealed class RefillScreen(PatientId id) : Screen
{
    private PatientFile file = null!;
    private TherapyCourse course = null!;
    private ProgramInForce program = null!;
    private DateTimeOffset at;
    private ReconciliationResult reconciliation = null!;
    private MassConcentration concentration;
    private Volume fill;
    private string? lot;
    private ConcentrationChangePlan? bridge;
    private MassFlow dose;
    private string? reason;
    private bool enterMaintenance;
    private RefillPlan plan = null!;

    /// <inheritdoc/>
    public override string Title => $"Refill visit · patient {id}";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        file = session.Records.Load(id);
        if (!PatientActions.Can(file, PatientActions.Task.Refill, out var why) || file.Timeline.Program is null || file.Course is null)
        {
            Show(session);
            return PatientActions.Unavailable(session, file, PatientActions.Task.Refill, why.Count > 0 ? why : ["no program is in force"]);
        }

        (course, program) = (file.Course, file.Timeline.Program);
        var done = Wizard.Run(
            () => AskMoment(session),
            () => AskAspirated(session),
            () => AskConcentration(session),
            () => AskFill(session),
            () => Bridge(session),
            () => AskDose(session),
            () => Review(session));
        return done == ChoiceKind.Value ? new Navigation.Navigation.Replace(new PatientScreen(id)) : Wizard.Leave(done);
    }

    private ChoiceKind AskMoment(TuiSession session)
    {
        Show(session, PatientSummaryView.Render(file, session.Today, session.Local), new Markup("Refill visit. Nothing is logged until you confirm with the patient's id at the end (a critical alert's acknowledgement is logged when given).\n"));
        var moment = Ask.Moment(session.Console, "When is the reservoir aspirated", session.Now, session.FromLocal);
        at = moment.HasValue ? moment.Value : at;
        return moment.Kind;
    }

    private ChoiceKind AskAspirated(TuiSession session)
    {
        while (true)
        {
            var aspirated = Ask.Quantity<Volume, VolumeUnit>(session.Console, "Residual aspirated from the reservoir (0 mL if it was empty)", allowZero: true);
            if (!aspirated.HasValue)
            {
                return aspirated.Kind;
            }

            ReconciliationRequest request;
            try
            {
                // The same reading of the log as 'itb reconcile --patient': the last fill and the programmed rates since.
                (request, reconciliation) = ReconcileFromLog.Reconcile(session.Records.Log, session.Protocol, id, aspirated.Value, session.LocalDate(at), session.Time.LocalTimeZone);
            }
            catch (Exception e) when (e is InvalidInputException or ProtocolLimitException or Cli.UserInputException)
            {
                session.Console.Write(WhyNotView.Refused("reconciliation", [e.Message]));
                continue;
            }

            var critical = reconciliation.Alerts.Where(a => a.Severity == AlertSeverity.Critical).ToArray();
            Show(session, ReconcileView.Render(request, reconciliation, [.. reconciliation.Alerts.Except(critical)], session.Protocol.Title), Text.Empty);
            if (critical.Length > 0)
            {
                var acknowledged = CriticalAlertGate.Acknowledge(session, [.. critical.Select(a => new CriticalItem(id, a))]);
                if (acknowledged.Kind == ChoiceKind.Back)
                {
                    continue;
                }

                return acknowledged.Kind;
            }

            return ChoiceKind.Value;
        }
    }

    private ChoiceKind AskConcentration(TuiSession session)
    {
        var strengths = session.Protocol.Strengths.Where(s => s.UseForRefill && s.Concentration.Value != program.Concentration).Select(s => s.Concentration.Value);
        var options = new List<(string, MassConcentration)> { ($"Keep {program.Concentration.Display()}", program.Concentration) };
        options.AddRange(strengths.Select(c => ($"Change to {c.Display()}", c)));
        var choice = Ask.Menu(session.Console, "Concentration for the refill", options);
        concentration = choice.HasValue ? choice.Value : concentration;
        return choice.Kind;
    }

    private ChoiceKind AskFill(TuiSession session)
    {
        var pump = file.Pump!;
        while (true)
        {
            var volume = Ask.Quantity<Volume, VolumeUnit>(session.Console, $"Volume to fill through the central reservoir port (the {pump.Name} holds {pump.Capacity.Value.Display()})", pump.Capacity.Value);
            if (!volume.HasValue)
            {
                return volume.Kind;
            }

            if (volume.Value > pump.Capacity.Value)
            {
                session.Console.MarkupLine($"[yellow]{Markup.Escape(volume.Value.Display())} is more than the reservoir holds: never overfill.[/]");
                continue;
            }

            var lotText = Ask.OptionalText(session.Console, "Drug lot number");
            if (lotText.Kind == ChoiceKind.Back)
            {
                continue;
            }

            (fill, lot) = (volume.Value, lotText.Value);
            return lotText.Kind;
        }
    }

    private ChoiceKind Bridge(TuiSession session)
    {
        bridge = null;
        if (concentration == program.Concentration)
        {
            return ChoiceKind.Value;
        }

        // The same dead space as 'itb log record refill': the patient's pump tubing and catheter as the protocol knows them.
        var deadSpace = PatientDeadSpace.FromRecords(session.Protocol, file.Pump, file.Patient.Catheter);
        if (deadSpace is null)
        {
            var given = Ask.Quantity<Volume, VolumeUnit>(session.Console, "Dead space of the pump tubing and catheter (site-verified, from the programmer or the implant record)");
            if (!given.HasValue)
            {
                return given.Kind;
            }

            deadSpace = DeadSpace.Given(given.Value);
        }

        try
        {
            bridge = ConcentrationChangeCalculator.Plan(session.Protocol, new ConcentrationChangeRequest(program.Dose, program.Concentration, concentration, deadSpace, file.Pump));
        }
        catch (Exception e) when (e is InvalidInputException or ProtocolLimitException)
        {
            session.Console.Write(WhyNotView.Refused($"change to {concentration.Display()}", [e.Message]));
            return Ask.Menu<bool>(session.Console, "Choose another concentration", []).Kind;
        }

        var critical = bridge.Alerts.Where(a => a.Severity == AlertSeverity.Critical).ToArray();
        Show(session, ConcentrationChangeView.Render(bridge with { Alerts = [.. bridge.Alerts.Except(critical)] }, session.Protocol.Title), Text.Empty);
        if (critical.Length > 0)
        {
            return CriticalAlertGate.Acknowledge(session, [.. critical.Select(a => new CriticalItem(id, a))]).Kind;
        }

        return Ask.Menu(session.Console, "Bridge bolus", [("Continue: the bridge is part of this refill", true)]).Kind;
    }

    private ChoiceKind AskDose(TuiSession session)
    {
        // During titration the clinician may declare it complete here: the program is then logged as maintenance.
        var options = new List<(string, (bool Keep, bool Maintenance))> { ($"Keep {Dose(program.Dose)}", (true, false)), ("Change the dose", (false, false)) };
        if (course.Phase == TherapyPhase.Titrating)
        {
            options.Add(($"Titration complete → maintenance at {Dose(program.Dose)}", (true, true)));
            options.Add(("Titration complete → maintenance at a new dose", (false, true)));
        }

        while (true)
        {
            var choice = Ask.Menu(session.Console, "Daily dose", options);
            if (!choice.HasValue)
            {
                return choice.Kind;
            }

            enterMaintenance = choice.Value.Maintenance;
            if (choice.Value.Keep)
            {
                (dose, reason) = (program.Dose, null);
                return ChoiceKind.Value;
            }

            var chosen = DosePrompt.Ask(session, file, course, at, "New daily dose");
            if (chosen.Kind == ChoiceKind.Back)
            {
                continue;
            }

            if (!chosen.HasValue)
            {
                return chosen.Kind;
            }

            (dose, reason) = chosen.Value;
            if (course.Phase == TherapyPhase.Maintenance || enterMaintenance)
            {
                var check = MaintenanceChangeCheck.Check(session.Protocol, new MaintenanceChangeRequest(program.Dose, dose, course.Origin, course.Population, reason));
                session.Console.Write(MaintenanceChangeView.Render(check with { Alerts = [.. check.Alerts.Where(a => a.Severity != AlertSeverity.Critical)] }, session.Protocol.Title));
                var critical = check.Alerts.Where(a => a.Severity == AlertSeverity.Critical).ToArray();
                if (critical.Length > 0 && CriticalAlertGate.Acknowledge(session, [.. critical.Select(a => new CriticalItem(id, a))]) is { HasValue: false } refused)
                {
                    if (refused.Kind == ChoiceKind.Cancel)
                    {
                        return ChoiceKind.Cancel;
                    }

                    continue;
                }
            }

            return ChoiceKind.Value;
        }
    }

    private ChoiceKind Review(TuiSession session)
    {
        var console = session.Console;
        var refillDate = session.LocalDate(at);
        var planned = LogEntries.PlanFill(session.Protocol, file.Pump!.Id, file.Patient, refillDate, concentration, dose, fill, out var whyNot);
        if (planned is null)
        {
            console.Write(WhyNotView.Refused($"{Dose(dose)} at {concentration.Display()}", [whyNot!, "go back and choose another concentration or dose"]));
            return Ask.Menu<bool>(console, "Not possible", []).Kind;
        }

        plan = planned;
        var before = file.Outlook; // today's dates, recomputed as the schedule computes them (never the stored ones)
        var newRate = dose.VolumeFlowAt(concentration); // the new dose at the new strength (the bridge is planned for the dose in force)
        var review = ReviewView.Render(
            $"Refill of patient {id} at {session.Local(at)}",
            [
                new("Daily dose", Dose(program.Dose), Dose(dose)),
                new("Concentration", program.Concentration.Display(), concentration.Display()),
                new("Rate", program.Rate.Display(), newRate.Display()),
                new("Reservoir", $"{reconciliation.Aspirated.Display()} aspirated (expected {reconciliation.ExpectedResidual.Display()})", $"{fill.Display()} into the central reservoir port"),
                new("Bridge bolus", "—", bridge is null ? "— (same concentration)" : $"{bridge.BridgeVolume.Display()} at {bridge.BridgeRate.Display()} for {bridge.BridgeDuration.ToUnit(DurationUnit.Hour).Display()}"),
                new("Low-reservoir alarm", Date(before.AlarmDate), Date(plan.AlarmDate)),
                new("Refill by", Date(before.RefillByDate), Date(plan.RefillByDate)),
                new("Phase", PhaseText.Of(course.Phase), enterMaintenance ? PhaseText.Of(TherapyPhase.Maintenance) : PhaseText.Of(course.Phase)),
                new("Limit overridden", "—", reason ?? "—"),
            ]);
        var marks = new List<CalendarView.Mark>
        {
            new(refillDate, 'T', "today's refill", Color.Aqua),
            new(plan.RefillByDate, 'R', "refill by", Color.Yellow),
            new(plan.AlarmDate, 'A', "low-reservoir alarm", Color.Red),
            new(plan.WorstCaseEmptyDate, 'W', "worst-case empty", Color.Red),
        };
        Show(session, review, CalendarView.Render(marks), AlertView.Render([.. plan.Alerts.Where(a => a.Severity == AlertSeverity.Warning)]), Text.Empty);

        var critical = plan.Alerts.Where(a => a.Severity == AlertSeverity.Critical).Select(a => new CriticalItem(id, a)).ToArray();
        if (critical.Length > 0 && CriticalAlertGate.Acknowledge(session, critical) is { HasValue: false } refused)
        {
            return refused.Kind;
        }

        var confirm = Ask.TypedConfirmation(console, $"Type the patient's id ({id}) to log the refill", id.Value);
        if (!confirm.HasValue)
        {
            return confirm.Kind;
        }

        // The new program goes first, then the refill under it: the log refuses a refill at a strength the program in
        // force is not for (PROGRAM_CONCENTRATION_MISMATCH), and both are stored in one transaction, all or none.
        var events = new List<NewEvent>();
        if (dose != program.Dose || concentration != program.Concentration || enterMaintenance)
        {
            var phase = enterMaintenance || (dose != program.Dose && course.Phase == TherapyPhase.Maintenance) ? DosePhase.Maintenance : (DosePhase?)null;
            var payload = LogEntries.DoseProgram(program, dose, concentration, newRate, overrideReason: reason, alarmDate: plan.AlarmDate, refillByDate: plan.RefillByDate, phase: phase);
            events.Add(new NewEvent(id, at, session.User, payload, reason ?? (enterMaintenance ? "titration complete: maintenance from this refill" : dose != program.Dose ? "dose changed at the refill" : "new concentration at the refill")));
        }

        events.Add(new(id, at, session.User, new RefillPayload(reconciliation.Aspirated, fill, concentration, reconciliation.ExpectedResidual, lot, plan.AlarmDate, plan.RefillByDate)));

        var stored = LogWriter.Append(session, [.. events]);
        if (stored is null)
        {
            return Ask.Menu<bool>(console, "Not logged", []).Kind == ChoiceKind.Cancel ? ChoiceKind.Cancel : ChoiceKind.Back;
        }

        TransferStep.Offer(session, id, stored[^1]);
        return ChoiceKind.Value;
    }

    private static string Dose(MassFlow value) => value.ToUnit(MassFlowUnit.MicrogramPerDay).Display();

    private static string Date(DateOnly? date) => date is { } d ? $"{d:yyyy-MM-dd} ({d.DayOfWeek.ToString()[..3]})" : "—";
}

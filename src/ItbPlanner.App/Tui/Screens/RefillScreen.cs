using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Refills;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
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
    private HashSet<string> acknowledged = [];
    private Volume? deadSpaceGiven;
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
        file = session.UseCases.Patients.Open(id);
        if (!PatientActions.Can(file, Visit.Refill, out var why) || file.Record.Program is null || file.Course is null || file.Pump is null)
        {
            Show(session);
            var reasons = why.Count > 0 ? why
                : file.Record.Program is null ? ["no program is in force"]
                : file.Pump is null ? ["the patient's pump model is not in the protocol"]
                : ["the course could not be read from the log"];
            return PatientActions.Unavailable(session, file, Visit.Refill, reasons);
        }

        (course, program) = (file.Course, file.Record.Program);
        acknowledged = [];
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
                // The same reconciliation from the log as the command line's: the last fill and the programmed rates since.
                var reconciled = session.UseCases.Reconcile.Reconcile(new PatientFillReconciliationRequest(id, aspirated.Value, session.LocalDate(at)));
                (request, reconciliation) = (reconciled.Request, reconciled.Result);
            }
            catch (Exception e) when (e is InvalidInputException or ProtocolLimitException or LogUnavailableException)
            {
                session.Console.Write(WhyNotView.Refused("reconciliation", [e.Message]));
                continue;
            }

            var critical = reconciliation.Alerts.Where(a => a.Severity == AlertSeverity.Critical).ToArray();
            Show(session, ReconcileView.Render(request, reconciliation, [.. reconciliation.Alerts.Except(critical)], session.Protocol.Title), Text.Empty);
            if (critical.Length > 0)
            {
                var gate = Acknowledge(session, critical);
                if (gate.Kind == ChoiceKind.Back)
                {
                    continue;
                }

                return gate.Kind;
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
                session.Console.MarkupLine($"[yellow]{TerminalText.Markup(volume.Value.Display())} is more than the reservoir holds: never overfill.[/]");
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
        (bridge, deadSpaceGiven) = (null, null);
        if (concentration == program.Concentration)
        {
            return ChoiceKind.Value;
        }

        // The same dead space as the refill logged from the command line: the patient's pump tubing and catheter as the
        // protocol knows them, else the site-verified volume given here.
        var deadSpace = session.UseCases.Bridge.DeadSpaceFromRecords(file);
        if (deadSpace is null)
        {
            var given = Ask.Quantity<Volume, VolumeUnit>(session.Console, "Dead space of the pump tubing and catheter (site-verified, from the programmer or the implant record)");
            if (!given.HasValue)
            {
                return given.Kind;
            }

            (deadSpace, deadSpaceGiven) = (DeadSpace.Given(given.Value), given.Value);
        }

        try
        {
            bridge = session.UseCases.Bridge.Plan(file, program.Dose, concentration, deadSpace);
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
            return Acknowledge(session, critical).Kind;
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
                var check = session.UseCases.Doses.CheckMaintenanceChange(program.Dose, dose, course.Origin, course.Population, reason);
                session.Console.Write(MaintenanceChangeView.Render(check with { Alerts = [.. check.Alerts.Where(a => a.Severity != AlertSeverity.Critical)] }, session.Protocol.Title));
                var critical = check.Alerts.Where(a => a.Severity == AlertSeverity.Critical).ToArray();
                if (critical.Length > 0 && Acknowledge(session, critical) is { HasValue: false } refused)
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

        // What the refill would log: the new program first when the dose, the strength or the phase changes, then the
        // refill; its dates computed from the fill and the program it runs under.
        if (LogWriter.Preview(session, Entry(session)) is not { } preview)
        {
            return Ask.Menu<bool>(console, "Not possible", []).Kind;
        }

        if (preview.FillPlan is not { } planned)
        {
            console.Write(WhyNotView.Refused($"{Dose(dose)} at {concentration.Display()}", [.. preview.Notices.Select(n => n.Text), "go back and choose another concentration or dose"]));
            return Ask.Menu<bool>(console, "Not possible", []).Kind;
        }

        plan = planned;
        var before = file.Outlook; // today's dates, recomputed as the schedule computes them (never the stored ones)
        var newRate = dose.VolumeFlowAt(concentration);
        var review = ReviewView.Render(
            $"Refill of patient {id} at {session.Local(at)}",
            [
                new("Daily dose", Dose(program.Dose), Dose(dose)),
                new("Concentration", program.Concentration.Display(), concentration.Display()),
                new("Rate", program.Rate.Display(), newRate.Display()),
                new("Reservoir", $"{reconciliation.Aspirated.Display()} aspirated (expected {reconciliation.ExpectedResidual.Display()})", $"{fill.Display()} into the central reservoir port"),
                new("Bridge bolus", "—", preview.Bridge is not { } planBridge ? "— (same concentration)" : $"{planBridge.BridgeVolume.Display()} at {planBridge.BridgeRate.Display()} for {planBridge.BridgeDuration.ToUnit(DurationUnit.Hour).Display()}"),
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

        var critical = plan.Alerts.Where(a => a.Severity == AlertSeverity.Critical).ToArray();
        if (critical.Length > 0 && Acknowledge(session, critical) is { HasValue: false } refused)
        {
            return refused.Kind;
        }

        var confirm = Ask.TypedConfirmation(console, $"Type the patient's id ({id}) to log the refill", id.Value);
        if (!confirm.HasValue)
        {
            return confirm.Kind;
        }

        // One transaction, all or none: the log refuses a refill at a strength the program in force is not for
        // (PROGRAM_CONCENTRATION_MISMATCH), so a new program goes first and the refill under it.
        var stored = LogWriter.Append(session, preview);
        if (stored is null)
        {
            return Ask.Menu<bool>(console, "Not logged", []).Kind == ChoiceKind.Cancel ? ChoiceKind.Cancel : ChoiceKind.Back;
        }

        TransferStep.Offer(session, id, stored[preview.MainIndex]);
        return ChoiceKind.Value;
    }

    /// <summary>The refill as the log takes it, with the visit's dose, phase, override reason and the alerts already acknowledged.</summary>
    private EntryRequest Entry(TuiSession session)
    {
        var phase = enterMaintenance || (dose != program.Dose && course.Phase == TherapyPhase.Maintenance) ? DosePhase.Maintenance : (DosePhase?)null;
        return LogWriter.Entry(session, id, at, new RefillEntry(reconciliation.Aspirated, fill, concentration)
        {
            Lot = lot,
            ExpectedResidual = reconciliation.ExpectedResidual,
            NewDose = dose,
            DeadSpace = deadSpaceGiven,
            DoseChangeAllowed = true,
            EnterMaintenance = enterMaintenance,
            ProgramPhase = phase,
            OverrideReason = reason,
            AcknowledgedAlerts = acknowledged,
        });
    }

    /// <summary>Critical alerts acknowledged at this visit (logged then) are not logged again with the refill.</summary>
    private Choice<bool> Acknowledge(TuiSession session, IReadOnlyList<Alert> critical)
    {
        var gate = CriticalAlertGate.Acknowledge(session, [.. critical.Select(a => new CriticalItem(id, a))]);
        if (gate.HasValue)
        {
            acknowledged.UnionWith(critical.Select(a => a.Code));
        }

        return gate;
    }

    private static string Dose(MassFlow value) => value.ToUnit(MassFlowUnit.MicrogramPerDay).Display();

    private static string Date(DateOnly? date) => date is { } d ? $"{d:yyyy-MM-dd} ({d.DayOfWeek.ToString()[..3]})" : "—";
}

using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Refills;
using ItbPlanner.Application.Titration;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Workflow;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// A routine refill visit in four steps: the residual aspirated (reconciled with the log: an under- or over-delivery is a
/// critical alert to acknowledge); the fill (strength, volume, lot; a new strength brings its bridge, with the dead space of
/// the patient's pump and catheter or one given here); the dose (kept, changed within the limits, or titration declared
/// complete); the before/after review with the dates on a small calendar, confirmed by typing the patient's id. The new
/// program, when it changes, is logged before the refill in the same transaction.
/// </summary>
internal sealed class RefillWizard : VisitWizard
{
    private const int ResidualStep = 0;
    private const int FillStep = 1;
    private const int DoseStep = 2;
    private const int ReviewStep = 3;

    private readonly TherapyCourse course;
    private readonly ProgramInForce program;
    private readonly PumpModel pump;
    private readonly HashSet<string> acknowledged = [];
    private readonly TextField aspirated;
    private readonly PlainLabel reconciledNote;
    private readonly Form fillForm;
    private readonly TextField strength;
    private readonly IReadOnlyList<MassConcentration> strengths;
    private readonly TextField fillVolume;
    private readonly TextField lot;
    private readonly TextField deadSpace;
    private readonly PlainLabel bridgeNote;
    private readonly Form doseForm;
    private readonly CheckBox maintenance;
    private readonly TextField newDose;
    private readonly TextField reason;
    private readonly Form reviewForm;
    private readonly PlainLabel reviewTable;
    private readonly PlainLabel calendar;
    private readonly PlainLabel warnings;
    private readonly TextField typedId;

    private ReconciliationResult? reconciliation;
    private MassConcentration concentration;
    private Volume fill;
    private Volume? deadSpaceGiven;
    private MassFlow dose;
    private string? overrideReason;
    private bool enterMaintenance;
    private EntryPreview? preview;

    /// <summary>A refill visit for a patient whose pump runs a program.</summary>
    public RefillWizard(BedsideSession session, PatientFile file, TherapyCourse course, ProgramInForce program, PumpModel pump)
        : base(session, file, "Refill visit")
    {
        (this.course, this.program, this.pump) = (course, program, pump);
        aspirated = First.TextField("Residual aspirated", hint: "what came out of the reservoir, e.g. 4.2 mL (0 mL if empty)");
        First.Note();
        reconciledNote = First.Note("Expected residual: from the last fill and the programs since; checked when you go on.", 6);

        (_, fillForm) = Step("Fill", "Strength, volume and lot of the new fill. A new strength needs a bridge bolus.");
        strengths = [program.Concentration, .. session.Protocol.Strengths.Where(s => s.UseForRefill && s.Concentration.Value != program.Concentration).Select(s => s.Concentration.Value)];
        fillVolume = fillForm.TextField("Volume to fill", Figures.Of(pump.Capacity.Value), $"the {pump.Name} holds {Figures.Of(pump.Capacity.Value)}");
        lot = fillForm.TextField("Drug lot number", hint: "optional");
        deadSpace = fillForm.TextField("Dead space (if asked)", hint: "tubing + catheter, only for a new strength");
        strength = fillForm.TextField("Strength", Figures.Of(program.Concentration), "for refills: " + string.Join(", ", strengths.Select(Figures.Of)));
        bridgeNote = fillForm.Note(string.Empty, 6);

        (_, doseForm) = Step("Dose", "Keep the dose, change it within the limits, or declare titration complete.");
        newDose = doseForm.TextField("Daily dose", Figures.Of(program.Dose), "keep it, or type the new dose");
        reason = doseForm.TextField("Reason (soft limit)", hint: "beyond a soft limit; logged");
        maintenance = doseForm.Field("Titration complete", new CheckBox { Text = "the program becomes maintenance", Enabled = course.Phase == TherapyPhase.Titrating });

        (_, reviewForm) = Step("Review", "Check before and after, then type the patient's id to log the refill.");
        reviewTable = reviewForm.Note(string.Empty, 10);
        calendar = new PlainLabel { X = 52, Y = 1, Width = 22, Height = 9 };
        reviewForm.Add(calendar);
        warnings = reviewForm.Note(string.Empty, 3);
        typedId = reviewForm.TextField("Type the patient's id", hint: $"{file.Id} — confirms the refill");
    }

    /// <inheritdoc/>
    protected override bool Check(int step) => step switch
    {
        ResidualStep => ReadMoment() && Reconcile(),
        FillStep => ReadFill(),
        DoseStep => ReadDose() && Prepare(),
        _ => ReadTypedId(),
    };

    /// <inheritdoc/>
    protected override void Entering(int step)
    {
        if (step == ReviewStep && preview?.FillPlan is { } plan)
        {
            ShowReview(plan);
        }
    }

    /// <inheritdoc/>
    protected override bool Finish()
    {
        if (preview is null || !Acknowledge(preview.FillPlan?.Alerts ?? [], acknowledged))
        {
            return false;
        }

        // The alerts acknowledged at this visit are logged with it, so they are not raised again.
        var final = Preview(Entry(), "the refill");
        if (final is null || !Record(final, "the refill"))
        {
            return false;
        }

        // The refill (and its new program, when there is one) is a plan the pump must be checked to run.
        OfferTransfer(Logged[final.MainIndex]);

        return true;
    }

    private bool Reconcile()
    {
        var residual = Read<Volume>(First, aspirated, v => v < Volume.Zero ? "cannot be negative" : v > pump.Capacity.Value ? $"more than the {pump.Name} holds ({Figures.Of(pump.Capacity.Value)})" : null);
        if (residual is not { } value)
        {
            return false;
        }

        try
        {
            reconciliation = Session.UseCases.Reconcile.Reconcile(new PatientFillReconciliationRequest(File.Id, value, Session.LocalDate(At))).Result;
        }
        catch (Exception e) when (e is InvalidInputException or ProtocolLimitException or Application.Ports.LogUnavailableException)
        {
            First.Error(aspirated, e.Message);
            return false;
        }

        reconciledNote.Text = $"Aspirated {Figures.Of(reconciliation.Aspirated)}, expected {Figures.Of(reconciliation.ExpectedResidual)}.\n"
            + string.Join("\n", reconciliation.Alerts.Select(a => $"{(a.Severity == AlertSeverity.Critical ? "‼" : "!")} {a.Code}: {a.Message}"));
        return Acknowledge(reconciliation.Alerts, acknowledged);
    }

    private bool ReadFill()
    {
        if (Read<MassConcentration>(fillForm, strength, c => strengths.Contains(c) ? null : $"{Figures.Of(c)} is not stocked for refills: " + string.Join(", ", strengths.Select(Figures.Of))) is not { } chosenStrength)
        {
            return false;
        }

        concentration = chosenStrength;
        var volume = Read<Volume>(fillForm, fillVolume, v => v <= Volume.Zero ? "must be more than 0 mL" : v > pump.Capacity.Value ? $"more than the reservoir holds ({Figures.Of(pump.Capacity.Value)}): never overfill" : null);
        if (volume is not { } filled)
        {
            return false;
        }

        fill = filled;
        (deadSpaceGiven, bridgeNote.Text) = (null, string.Empty);
        if (concentration == program.Concentration)
        {
            fillForm.Error(deadSpace, null);
            return true;
        }

        var known = Session.UseCases.Bridge.DeadSpaceFromRecords(File);
        if (known is null)
        {
            if (Read<Volume>(fillForm, deadSpace, v => Guard(() => DeadSpace.Given(v))) is not { } given)
            {
                return false;
            }

            (known, deadSpaceGiven) = (DeadSpace.Given(given), given);
        }

        try
        {
            var bridge = Session.UseCases.Bridge.Plan(File, program.Dose, concentration, known);
            bridgeNote.Text = $"Bridge: {Figures.Of(bridge.BridgeVolume)} at {Figures.Of(bridge.BridgeRate)} for {Figures.Of(bridge.BridgeDuration)}, then {Figures.Of(bridge.NewRate)}.\n"
                + string.Join("\n", bridge.Working.TakeLast(3));
            return Acknowledge(bridge.Alerts, acknowledged);
        }
        catch (Exception e) when (e is InvalidInputException or ProtocolLimitException)
        {
            fillForm.Error(strength, e.Message);
            return false;
        }
    }

    private bool ReadDose()
    {
        enterMaintenance = maintenance.Value == CheckState.Checked;
        overrideReason = string.IsNullOrWhiteSpace(reason.Text) ? null : reason.Text.Trim();
        if (Read<MassFlow>(doseForm, newDose, v => v <= MassFlow.Zero ? "must be more than 0 mcg/day" : null) is not { } chosen)
        {
            return false;
        }

        if (chosen == program.Dose)
        {
            dose = program.Dose;
            return true;
        }

        var decision = Session.UseCases.Titration.Judge(File, course, chosen, At);
        switch (decision.Verdict)
        {
            case DoseVerdict.Refused:
                doseForm.Error(newDose, string.Join("; ", decision.Reasons));
                return false;
            case DoseVerdict.NeedsReason when overrideReason is null:
                doseForm.Error(reason, "soft limit: " + string.Join("; ", decision.Reasons));
                return false;
        }

        if (course.Phase == TherapyPhase.Maintenance || enterMaintenance)
        {
            var check = Session.UseCases.Doses.CheckMaintenanceChange(program.Dose, chosen, course.Origin, course.Population, overrideReason);
            if (!Acknowledge(check.Alerts, acknowledged))
            {
                return false;
            }
        }

        dose = chosen;
        return true;
    }

    private bool Prepare()
    {
        preview = Preview(Entry(), "the refill");
        if (preview?.FillPlan is null)
        {
            if (preview is not null)
            {
                Dialogs.Refusal.Show(Session.App, "the refill", [.. preview.Notices.Select(n => n.Text), "go back and choose another strength or dose"]);
            }

            return false;
        }

        return true;
    }

    private bool ReadTypedId()
    {
        var ok = string.Equals((typedId.Text ?? string.Empty).Trim(), File.Id.Value, StringComparison.Ordinal);
        reviewForm.Error(typedId, ok ? null : $"type {File.Id} exactly to confirm");
        return ok;
    }

    private void ShowReview(RefillPlan plan)
    {
        var before = File.Outlook;
        var rate = dose.VolumeFlowAt(concentration);
        string Row(string what, string was, string will) => $"{what,-13} {was,-17} {will,-17}";
        reviewTable.Text = string.Join(
            "\n",
            Row(string.Empty, "Before", "After"),
            Row("Daily dose", Figures.Of(program.Dose), Figures.Of(dose)),
            Row("Strength", Figures.Of(program.Concentration), Figures.Of(concentration)),
            Row("Rate", Figures.Of(program.Rate), Figures.Of(rate)),
            Row("Reservoir", Figures.Of(reconciliation!.Aspirated) + " left", Figures.Of(fill) + " filled"),
            Row("Alarm", Figures.Of(before.AlarmDate), Figures.Of(plan.AlarmDate)),
            Row("Worst-case", Figures.Of(before.WorstCaseEmptyDate), Figures.Of(plan.WorstCaseEmptyDate)),
            Row("Refill by", Figures.Of(before.RefillByDate), Figures.Of(plan.RefillByDate)),
            Row("Phase", PhaseText.Of(course.Phase), PhaseText.Of(enterMaintenance ? TherapyPhase.Maintenance : course.Phase)),
            Row("Bridge", "—", preview?.Bridge is { } b ? $"{Figures.Of(b.BridgeVolume)} {Figures.Of(b.BridgeDuration)}" : "—"));
        calendar.Text = MonthCalendar.Render(plan.RefillByDate, [(plan.RefillByDate, 'R'), (plan.AlarmDate, 'A'), (plan.WorstCaseEmptyDate, 'W'), (Session.LocalDate(At), 'T')]);
        warnings.Text = string.Join("\n", plan.Alerts.Where(a => a.Severity >= AlertSeverity.Warning).Take(3).Select(a => $"{(a.Severity == AlertSeverity.Critical ? "‼" : "!")} {a.Code}: {a.Message}"));
    }

    private EntryRequest Entry()
    {
        var phase = enterMaintenance || (dose != program.Dose && course.Phase == TherapyPhase.Maintenance) ? DosePhase.Maintenance : (DosePhase?)null;
        return Entry(new RefillEntry(reconciliation!.Aspirated, fill, concentration)
        {
            Lot = string.IsNullOrWhiteSpace(lot.Text) ? null : lot.Text.Trim(),
            ExpectedResidual = reconciliation.ExpectedResidual,
            NewDose = dose,
            DeadSpace = deadSpaceGiven,
            DoseChangeAllowed = true,
            EnterMaintenance = enterMaintenance,
            ProgramPhase = phase,
            OverrideReason = overrideReason,
            AcknowledgedAlerts = [.. acknowledged],
        });
    }

    private static string? Guard(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (InvalidInputException e)
        {
            return e.Message;
        }
    }
}

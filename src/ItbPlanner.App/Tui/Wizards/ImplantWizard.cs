using System.Globalization;
using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Titration;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// The implant after a positive screening: the pump and catheter (or not recorded); the strength and first fill (never more
/// than the reservoir holds); the starting dose by the rule with its working (lower if the clinician must, never higher:
/// refused on the field in words); the review (dose, strength, rate, first alarm, worst-case empty and refill-by dates on a
/// small calendar) confirmed by typing the patient's id. Finish logs the implant with the patient's new pump at the
/// visit's moment, then offers to mark the program transferred to the pump.
/// </summary>
internal sealed class ImplantWizard : VisitWizard
{
    private const int PumpStep = 1;
    private const int FillStep = 2;
    private const int DoseStep = 3;
    private const int ReviewStep = 4;
    private const string What = "the implant";

    private readonly StartDoseResult rule;
    private readonly IReadOnlyList<PumpModel> pumps;
    private readonly IReadOnlyList<CatheterModel> catheters;
    private readonly IReadOnlyList<StockedStrength> strengths;
    private readonly Form pumpForm;
    private readonly OptionSelector pumpChoice;
    private readonly OptionSelector catheterChoice;
    private readonly TextField catheterLength;
    private readonly Form fillForm;
    private readonly OptionSelector strengthChoice;
    private readonly TextField fillVolume;
    private readonly Form doseForm;
    private readonly TextField startDose;
    private readonly Form reviewForm;
    private readonly PlainLabel reviewTable;
    private readonly PlainLabel calendar;
    private readonly PlainLabel warnings;
    private readonly TextField typedId;
    private readonly HashSet<string> acknowledged = [];

    private PumpModel pump;
    private CatheterModel? catheter;
    private decimal? lengthCm;
    private MassConcentration concentration;
    private Volume fill;
    private MassFlow dose;
    private EntryPreview? preview;
    private string? defaultFill;

    /// <summary>An implant for a patient whose screening was positive, at the starting dose its rule gives.</summary>
    public ImplantWizard(BedsideSession session, PatientFile file, StartDoseResult rule)
        : base(session, file, "Implant")
    {
        ArgumentNullException.ThrowIfNull(rule);
        this.rule = rule;
        pumps = session.Protocol.Pumps;
        catheters = session.Protocol.Catheters;
        strengths = [.. session.Protocol.Strengths.Where(s => s.UseForRefill)];
        pump = pumps[0];
        First.Note(string.Empty, 5); // room for the date-time's hint where the step's help leaves it little width
        First.Note($"When the infusion started. Screening positive:\nthe rule's starting dose is {Figures.Of(rule.StartDose)}.\nNothing is logged until you type the\npatient's id on the review.", 4);

        (_, pumpForm) = Step("Pump", string.Empty);
        pumpForm.Note("The pump implanted and its catheter.");
        pumpChoice = Rows(pumpForm, "Pump", new OptionSelector { Labels = [.. pumps.Select(p => $"{p.Name} ({Figures.Of(p.Capacity.Value)})")] }, pumps.Count).MovesOn(this);
        catheterChoice = Rows(pumpForm, "Catheter", new OptionSelector { Labels = [.. catheters.Select(c => c.Name), "not recorded"], Value = catheters.Count }, catheters.Count + 1).MovesOn(this);
        catheterLength = pumpForm.TextField("Catheter length", hint: "cm after trimming; optional");

        (_, fillForm) = Step("Fill", string.Empty);
        fillForm.Note("The strength filled and the volume of the first fill.");
        strengthChoice = Rows(fillForm, "Strength", new OptionSelector { Labels = [.. strengths.Select(s => $"{Figures.Of(s.Concentration.Value)}{(s.Products.Count == 0 ? string.Empty : $"  {s.Products[0]}")}")] }, strengths.Count).MovesOn(this);
        fillVolume = fillForm.TextField("Volume filled", hint: "never more than the reservoir holds");

        (_, doseForm) = Step("Dose", string.Empty);
        doseForm.Note("The starting daily dose: the rule's, or lower if you must; never higher.");
        doseForm.Note($"By the rule: {Figures.Of(rule.StartDose)} from the {Figures.Of(rule.ScreeningDose)} screening bolus.", 1);
        doseForm.Note(string.Join("\n", rule.Working), 10);
        startDose = doseForm.TextField("Starting daily dose", Figures.Of(rule.StartDose), $"at most {Figures.Of(rule.StartDose)}");

        (_, reviewForm) = Step("Review", string.Empty);
        reviewForm.Note("Check the implant and its dates, then type the patient's id to log it.");
        reviewTable = reviewForm.Note(string.Empty, 10);
        calendar = new PlainLabel { X = 52, Y = reviewTable.Y, Width = 22, Height = 9 };
        reviewForm.Add(calendar);
        warnings = reviewForm.Note(string.Empty, 2);
        typedId = reviewForm.TextField("Type the patient's id", hint: $"{file.Id} — confirms the implant");
    }

    /// <inheritdoc/>
    protected override bool Check(int step) => step switch
    {
        0 => ReadMoment(),
        PumpStep => ReadPump(),
        FillStep => ReadFill(),
        DoseStep => ReadDose() && Prepare(),
        _ => ReadTypedId(),
    };

    /// <inheritdoc/>
    protected override void Entering(int step)
    {
        if (step == FillStep)
        {
            // The pump's capacity by default, and again when the pump changed and the volume was still the default.
            var full = Figures.Of(pump.Capacity.Value);
            if (string.IsNullOrWhiteSpace(fillVolume.Text) || fillVolume.Text == defaultFill)
            {
                (fillVolume.Text, defaultFill) = (full, full);
                fillForm.Error(fillVolume, null);
            }
        }

        if (step == ReviewStep && preview?.FillPlan is { } plan)
        {
            ShowReview(plan);
        }
    }

    /// <inheritdoc/>
    protected override bool Finish()
    {
        if (preview?.FillPlan is not { } plan || !Acknowledge(plan.Alerts, acknowledged))
        {
            return false;
        }

        if (!Record(preview, What))
        {
            return false;
        }

        OfferTransfer(Logged[preview.MainIndex]);
        return true;
    }

    /// <summary>A selector on rows of its own beside its label.</summary>
    private static OptionSelector Rows(Form form, string label, OptionSelector selector, int height)
    {
        var place = form.Note(label + ":", height);
        selector.X = Form.LabelWidth;
        selector.Y = place.Y;
        selector.Width = Terminal.Gui.ViewBase.Dim.Fill();
        form.Add(selector);
        return selector;
    }

    private bool ReadPump()
    {
        pump = pumps[Math.Clamp(pumpChoice.Value ?? 0, 0, pumps.Count - 1)];
        var index = catheterChoice.Value ?? catheters.Count;
        catheter = index < catheters.Count ? catheters[index] : null;
        lengthCm = null;
        var text = (catheterLength.Text ?? string.Empty).Trim();
        if (text.Length == 0 || catheter is null)
        {
            pumpForm.Error(catheterLength, catheter is null && text.Length > 0 ? "no catheter chosen: leave blank" : null);
            return catheter is not null || text.Length == 0;
        }

        var number = text.EndsWith("cm", StringComparison.OrdinalIgnoreCase) ? text[..^2].Trim() : text;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cm) || cm <= 0)
        {
            pumpForm.Error(catheterLength, $"'{text}' is not a length in cm, e.g. 62.5");
            return false;
        }

        if (catheter.LengthBeforeTrimCm is { } untrimmed && cm > untrimmed.Value)
        {
            pumpForm.Error(catheterLength, $"longer than the untrimmed {untrimmed.Value.ToString(CultureInfo.InvariantCulture)} cm");
            return false;
        }

        pumpForm.Error(catheterLength, null);
        lengthCm = cm;
        return true;
    }

    private bool ReadFill()
    {
        concentration = strengths[Math.Clamp(strengthChoice.Value ?? 0, 0, strengths.Count - 1)].Concentration.Value;
        var capacity = pump.Capacity.Value;
        var volume = Read<Volume>(fillForm, fillVolume, v => v <= Volume.Zero ? "must be more than 0 mL" : v > capacity ? $"more than the {Figures.Of(capacity)} reservoir holds: never overfill" : null);
        if (volume is not { } filled)
        {
            return false;
        }

        fill = filled;
        return true;
    }

    private bool ReadDose()
    {
        var typed = Read<MassFlow>(doseForm, startDose, v => v <= MassFlow.Zero
            ? "must be more than 0 mcg/day"
            : v > rule.StartDose ? $"above the rule's {Figures.Of(rule.StartDose)}: start lower if you must, never higher" : null);
        if (typed is not { } chosen)
        {
            return false;
        }

        if (!VisitAvailability.CanImplant(Session.Protocol, File, chosen, At, Session.LocalDate(At), out var why))
        {
            doseForm.Error(startDose, string.Join("; ", why));
            return false;
        }

        dose = chosen;
        return true;
    }

    private bool Prepare()
    {
        preview = Preview(Entry(), What);
        if (preview is null)
        {
            return false;
        }

        if (preview.FillPlan is null)
        {
            Dialogs.Refusal.Show(Session.App, What, [.. preview.Notices.Select(n => n.Text).DefaultIfEmpty("the dates cannot be computed"), "go back and choose another strength or dose"]);
            preview = null;
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

    private EntryRequest Entry() => Entry(
        new ImplantEntry(pump.Id, fill, concentration, dose) { CatheterId = catheter?.Id, CatheterLengthCm = lengthCm },
        dose == rule.StartDose ? null : $"started below the rule's {Figures.Of(rule.StartDose)}");

    private void ShowReview(RefillPlan plan)
    {
        static string Row(string what, string value) => $"{what,-16} {value}";
        var implanted = Session.LocalDate(At);
        reviewTable.Text = string.Join(
            "\n",
            Row("Pump", pump.Name),
            Row("Catheter", catheter is null ? "not recorded" : $"{catheter.Name}{(lengthCm is { } cm ? $", {cm.ToString(CultureInfo.InvariantCulture)} cm" : string.Empty)}"),
            Row("First fill", $"{Figures.Of(fill)} of {Figures.Of(concentration)}"),
            Row("Daily dose", $"{Figures.Of(dose)} (rule {Figures.Of(rule.StartDose)})"),
            Row("Rate", Figures.Of(dose.VolumeFlowAt(concentration))),
            Row("First alarm", Figures.Of(plan.AlarmDate)),
            Row("Worst-case empty", Figures.Of(plan.WorstCaseEmptyDate)),
            Row("Refill by", Figures.Of(plan.RefillByDate)),
            Row("Implanted", Figures.Of(implanted)));
        calendar.Text = MonthCalendar.Render(plan.RefillByDate, [(plan.RefillByDate, 'R'), (plan.AlarmDate, 'A'), (plan.WorstCaseEmptyDate, 'W'), (implanted, 'I')]);
        warnings.Text = string.Join("\n", plan.Alerts.Where(a => a.Severity >= AlertSeverity.Warning).Take(2).Select(a => $"{(a.Severity == AlertSeverity.Critical ? "‼" : "!")} {a.Code}: {a.Message}"));
    }
}

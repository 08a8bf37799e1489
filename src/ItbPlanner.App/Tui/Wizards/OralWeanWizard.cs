using System.Globalization;
using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.OralWean;
using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// One step of an oral baclofen wean in four steps: when (oral baclofen in force then, read from the log; a step sooner
/// than the protocol's reassessment interval after the last change is refused on the field); the wean (its start,
/// prefilled from the log, the step within the protocol's oral-wean range, the days between steps, the tablets, the first
/// day); the plan to zero as a table with this visit's step marked and the working citing the rule; the before/after
/// review, confirmed by typing the patient's id. Finish logs ONLY this visit's change as a <c>medication</c> entry at the
/// visit's moment (the last step logs the stop); each later step is logged at a later visit, after reassessment.
/// </summary>
internal sealed class OralWeanWizard : VisitWizard
{
    private const int WhenStep = 0;
    private const int WeanStep = 1;
    private const int PlanStep = 2;

    private readonly PlainLabel inForceNote;
    private readonly Form weanForm;
    private readonly PlainLabel weanNote;
    private readonly TextField from;
    private readonly TextField percent;
    private readonly TextField every;
    private readonly TextField tablets;
    private readonly TextField start;
    private readonly int tableLines;
    private readonly PlainLabel table;
    private readonly PlainLabel working;
    private readonly Form reviewForm;
    private readonly PlainLabel reviewTable;
    private readonly PlainLabel warnings;
    private readonly TextField typedId;

    private OralBaclofenInForce inForce;
    private OralWeanVisitPlan? plan;

    /// <summary>An oral wean step for a patient with oral baclofen in force (<paramref name="inForce"/>, as the log stands now).</summary>
    public OralWeanWizard(BedsideSession session, PatientFile file, OralBaclofenInForce inForce)
        : base(session, file, "Oral baclofen wean")
    {
        this.inForce = inForce;
        var rules = session.UseCases.OralWean.Rules;
        First.Note();
        inForceNote = First.Note(InForceText(inForce), 3);
        First.Note();
        First.Note("Only this visit's step is logged; the next is logged at a later visit,\nafter the patient is reassessed.", 2);

        (_, weanForm) = Step("Wean", "The wean's start, step and pace; the plan to zero follows.");
        weanNote = weanForm.Note(string.Empty, 2);
        from = weanForm.TextField("Wean from (daily total)", Figures.Oral(inForce.WeanFrom), "the total the wean starts from");
        percent = weanForm.TextField("Step (of the start)", rules is null ? string.Empty : rules.MinimumStep.Value.ToString(), rules is null ? string.Empty : $"{rules.MinimumStep.Value}–{rules.MaximumStep.Value} (protocol)");
        every = weanForm.TextField("Between steps", rules is null ? "24 h" : Figures.Of(rules.ReassessAfter.Value), "whole days; reassess before each");
        tablets = weanForm.TextField("Tablet strengths", string.Empty, "e.g. 10 mg, 5 mg; optional");
        start = weanForm.TextField("First reduced dose on", string.Empty, "YYYY-MM-DD");

        var (planStep, planForm) = Step("Plan", "The wean to zero; this visit logs the step marked now.");
        planStep.HelpText = string.Empty;
        tableLines = Math.Clamp(session.App.Screen.Height - 17, 5, 14); // 7 lines at 80×24, more on a taller screen
        table = planForm.Note(string.Empty, tableLines);
        working = planForm.Note(string.Empty, 1);
        working.Y = Pos.Bottom(table) + 1; // the working takes the room the table leaves, above the form's problems
        working.Height = Dim.Fill(3);
        working.TextFormatter.WordWrap = true;

        var (reviewStep, review) = Step("Review", string.Empty);
        reviewForm = review;
        reviewStep.HelpText = string.Empty;
        reviewForm.Note("Check before and after, then type the patient's id to log this step.");
        reviewTable = reviewForm.Note(string.Empty, 7);
        warnings = reviewForm.Note(string.Empty, 3);
        warnings.TextFormatter.WordWrap = true;
        typedId = reviewForm.TextField("Type the patient's id", hint: $"{file.Id} — confirms the step");
    }

    /// <inheritdoc/>
    protected override bool Check(int step) => step switch
    {
        WhenStep => ReadMoment() && ReadInForce(),
        WeanStep => ReadWean(),
        PlanStep => plan is not null,
        _ => ReadTypedId(),
    };

    /// <inheritdoc/>
    protected override void Entering(int step)
    {
        if (step == WeanStep)
        {
            weanNote.Text = InForceText(inForce);
            if (string.IsNullOrWhiteSpace(start.Text))
            {
                start.Text = Day(inForce.WeanStartedAt is { } began ? Session.LocalDate(began) : Session.LocalDate(At));
            }
        }
        else if (step == PlanStep && plan is not null)
        {
            table.Text = OralWeanPlanText.Table(plan, tableLines);
            table.Height = table.Text.Split('\n').Length;
            working.Text = OralWeanPlanText.Working(plan);
        }
        else if (step > PlanStep && plan is not null)
        {
            ShowReview(plan);
        }
    }

    /// <inheritdoc/>
    protected override bool Finish()
    {
        if (plan is null)
        {
            return false;
        }

        var preview = Preview(Entry(plan.Entry), "the oral wean step");
        return preview is not null && Record(preview, "the oral wean step");
    }

    private bool ReadInForce()
    {
        if (!Session.UseCases.OralWean.CanWean(File, At, out var then, out var reasons) || then is null)
        {
            First.Error(MomentField, string.Join("; ", reasons));
            return false;
        }

        if (Session.UseCases.OralWean.TooSoon(then, At) is { } tooSoon)
        {
            First.Error(MomentField, tooSoon);
            return false;
        }

        inForce = then;
        inForceNote.Text = InForceText(then);
        return true;
    }

    private bool ReadWean()
    {
        var startFrom = Read<MassFlow>(weanForm, from, v => v <= MassFlow.Zero ? "must be more than 0 mg/day" : null);
        var stepOf = ReadPercentage();
        var between = Read<Duration>(weanForm, every, v => v <= Duration.Zero ? "must be more than 0 h" : null);
        var strengths = ReadTablets();
        var first = ReadDay();
        if (startFrom is not { } total || stepOf is not { } percentage || between is not { } interval || strengths is null || first is not { } day)
        {
            return false;
        }

        try
        {
            plan = Session.UseCases.OralWean.Plan(new OralWeanVisitRequest(inForce, At, total, day, percentage, interval, strengths));
            return true;
        }
        catch (ProtocolLimitException e)
        {
            weanForm.Error(e.Code == AlertCodes.OralWeanStepTooSoon ? every : percent, $"refused: {e.Blocking.Message}");
            return false;
        }
        catch (InvalidInputException e)
        {
            weanForm.Error(e.Input switch { "wean from" or "current oral dose" => from, "tablet" => tablets, "every" => every, "start" => start, _ => percent }, e.Message);
            return false;
        }
    }

    private Percentage? ReadPercentage()
    {
        var text = (percent.Text ?? string.Empty).Trim();
        var ok = Percentage.TryParse(text, CultureInfo.InvariantCulture, out var value);
        weanForm.Error(percent, ok ? null : text.Length == 0 ? "required" : $"'{text}' is not a percentage, e.g. 25 %");
        return ok ? value : null;
    }

    private List<Mass>? ReadTablets()
    {
        var strengths = new List<Mass>();
        foreach (var part in (tablets.Text ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                var strength = Units.QuantityText.Parse<Mass>(part);
                if (strength <= Mass.Zero)
                {
                    weanForm.Error(tablets, $"{part}: a tablet must be more than 0 mg");
                    return null;
                }

                strengths.Add(strength);
            }
            catch (Exception e) when (e is QuantityFormatException or InvalidInputException)
            {
                weanForm.Error(tablets, $"'{part}': {e.Message}");
                return null;
            }
        }

        weanForm.Error(tablets, null);
        return strengths;
    }

    private DateOnly? ReadDay()
    {
        var text = (start.Text ?? string.Empty).Trim();
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
        weanForm.Error(start, ok ? null : $"'{text}' is not a date: YYYY-MM-DD");
        return ok ? day : null;
    }

    private bool ReadTypedId()
    {
        var ok = string.Equals((typedId.Text ?? string.Empty).Trim(), File.Id.Value, StringComparison.Ordinal);
        reviewForm.Error(typedId, ok ? null : $"type {File.Id} exactly to confirm");
        return ok;
    }

    private void ShowReview(OralWeanVisitPlan planned)
    {
        static string Row(string what, string was, string will) => $"{what,-14} {was,-24} {will}";
        var now = planned.Now;
        var next = planned.Rows.FirstOrDefault(r => r.Number == now.Number + 1);
        reviewTable.Text = string.Join(
            "\n",
            Row(string.Empty, "Before", "After"),
            Row("Oral baclofen", Figures.Oral(inForce.DailyTotal), now.EachDose is null ? "stopped" : Figures.Oral(now.Step.DailyDose)),
            Row("Each dose", $"{Figures.Oral(inForce.Dose)} every {Figures.Of(inForce.Every)}", now.EachDose is { } each ? $"{Figures.Oral(each)} every {Figures.Of(inForce.Every)}" : "—"),
            Row("Tablets a dose", "—", OralWeanPlanText.Tablets(now.DoseTablets)),
            Row("Wean step", "—", $"{now.Number} of {planned.Rows.Count}"),
            Row("Logged at", string.Empty, Session.Local(At)),
            Row("Next step", string.Empty, next is null ? "none: the wean ends here" : $"{Figures.Of(next.Date)}, after reassessment"));
        warnings.Text = string.Join("\n", planned.Plan.Alerts.Where(a => a.Severity >= AlertSeverity.Warning).Take(2).Select(a => $"{(a.Severity == AlertSeverity.Critical ? "‼" : "!")} {a.Code}: {a.Message}"));
    }

    private string InForceText(OralBaclofenInForce now) =>
        $"Oral baclofen in force: {Figures.Oral(now.Dose)} every {Figures.Of(now.Every)} = {Figures.Oral(now.DailyTotal)}, since {Session.Local(now.Since)}."
        + (now.WeanStartedAt is { } began ? $"\nA wean is in progress: from {Figures.Oral(now.WeanFrom)}, first step {Session.Local(began)}." : "\nNo wean in progress: the wean starts from the total in force.");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

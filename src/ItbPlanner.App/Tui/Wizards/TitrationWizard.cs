using ItbPlanner.App.Tui.Forms;
using ItbPlanner.App.Tui.Models;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Titration;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// A titration day in three steps: when, and the target (remembered from the patient's last titration day, see
/// <see cref="TitrationTarget"/>); the plan to the target as a table and a chart, with today's step proposed within the
/// origin's limits to confirm or adjust (a hard limit — the step maximum, 24 h between increases, the ceiling — refuses
/// on the field in words; a soft limit needs a typed reason, logged as the override); the before/after review with the
/// new dates, confirmed by typing the patient's id. Finish logs the dose program at the visit's moment and offers to mark
/// it transferred to the pump.
/// </summary>
internal sealed class TitrationWizard : VisitWizard
{
    private const int WhenStep = 0;
    private const int DoseStep = 1;

    private readonly ProgramInForce program;
    private readonly int tableLines;
    private readonly HashSet<string> acknowledged = [];
    private readonly TextField target;
    private readonly Form doseForm;
    private readonly PlainLabel heading;
    private readonly PlainLabel table;
    private readonly DoseChart chart;
    private readonly PlainLabel proposal;
    private readonly TextField newDose;
    private readonly TextField reason;
    private readonly PlainLabel verdict;
    private readonly Form reviewForm;
    private readonly PlainLabel reviewTable;
    private readonly PlainLabel calendar;
    private readonly PlainLabel warnings;
    private readonly TextField typedId;

    private TherapyCourse? course;
    private TitrationPlan? plan;
    private TitrationPlan? shown;
    private MassFlow dose;
    private string? overrideReason;
    private ProgramDates? dates;

    /// <summary>A titration day for a patient whose pump runs a program.</summary>
    public TitrationWizard(BedsideSession session, PatientFile file, ProgramInForce program)
        : base(session, file, "Titration day")
    {
        this.program = program;
        var remembered = TitrationTarget.Remembered(file);
        First.Note();
        First.Note($"Dose in force: {Figures.Of(program.Dose)} at {Figures.Of(program.Concentration)}\n({Figures.Of(program.Rate)}), {PhaseText.Of(file.Phase)}.", 2);
        target = First.TextField("Target daily dose", remembered is { } t ? Figures.Of(t) : string.Empty, remembered is null ? "e.g. 300 mcg/day" : "remembered");
        First.Note();
        First.Note(remembered is null ? "The target is remembered for the next titration day." : "Remembered from the last titration day: change it if the goal changed.", 2);

        var (doseStep, form) = Step("Today's step", string.Empty);
        doseForm = form;
        doseStep.HelpText = string.Empty; // the table and the chart need the whole width
        tableLines = Math.Clamp(session.App.Screen.Height - 15, 9, 20); // 9 lines at 80×24, more on a taller screen
        heading = doseForm.Note(string.Empty, 3);
        heading.TextFormatter.WordWrap = true;
        table = doseForm.Note(string.Empty, tableLines);
        table.Width = TitrationPlanText.TableWidth;
        chart = new DoseChart { X = TitrationPlanText.TableWidth + 1, Y = Pos.Top(table), Width = Dim.Fill(), Height = tableLines };
        doseForm.Add(chart);
        proposal = doseForm.Note(string.Empty, 2);
        newDose = doseForm.TextField("Today's new daily dose", hint: "the proposed step, or adjust it");
        reason = doseForm.TextField("Reason (soft limit)", hint: "only beyond a soft limit; logged");
        verdict = doseForm.Note(string.Empty, 2);

        var (reviewStep, review) = Step("Review", string.Empty);
        reviewForm = review;
        reviewStep.HelpText = string.Empty;
        reviewForm.Note("Check before and after, then type the patient's id to log the step.");
        reviewTable = reviewForm.Note(string.Empty, 9);
        reviewTable.Width = 52;
        calendar = new PlainLabel { X = 53, Y = Pos.Top(reviewTable), Width = 22, Height = 9 };
        reviewForm.Add(calendar);
        warnings = reviewForm.Note(string.Empty, 3);
        typedId = reviewForm.TextField("Type the patient's id", hint: $"{file.Id} — confirms the step");
    }

    /// <inheritdoc/>
    protected override bool Check(int step) => step switch
    {
        WhenStep => ReadMoment() && ReadCourse() && ReadTarget(),
        DoseStep => ReadDose(),
        _ => ReadTypedId(),
    };

    /// <inheritdoc/>
    protected override void Entering(int step)
    {
        if (step == DoseStep && plan is not null && course is not null && !ReferenceEquals(plan, shown))
        {
            ShowPlan(plan, course);
        }
        else if (step > DoseStep && dates is not null)
        {
            ShowReview(dates);
        }
    }

    /// <inheritdoc/>
    protected override bool Finish()
    {
        if (dates is null || plan is null || !Acknowledge(dates.Alerts, acknowledged))
        {
            return false;
        }

        var entry = new DoseProgramEntry(dose, program.Concentration, OverrideReason: overrideReason, Phase: DosePhase.Titration, AlarmDate: dates.AlarmDate, RefillByDate: dates.RefillByDate);
        var preview = Preview(Entry(entry, TitrationTarget.Reason(plan.To, overrideReason)), "the titration step");
        if (preview is null || !Record(preview, "the titration step"))
        {
            return false;
        }

        OfferTransfer(Logged[preview.MainIndex]);
        return true;
    }

    private bool ReadCourse()
    {
        course = Session.UseCases.Titration.CourseAt(File, At);
        First.Error(MomentField, course is null ? "no pump ran then: titrate once it is implanted and running" : null);
        return course is not null;
    }

    private bool ReadTarget()
    {
        if (Read<MassFlow>(First, target, v => v <= MassFlow.Zero ? "must be more than 0 mcg/day" : null) is not { } goal)
        {
            return false;
        }

        try
        {
            plan = Session.UseCases.Titration.Plan(course!, At, goal);
            return true;
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException)
        {
            First.Error(target, e.Message);
            return false;
        }
    }

    private void ShowPlan(TitrationPlan planned, TherapyCourse then)
    {
        var proposed = planned.Steps.Count > 0 ? planned.Steps[0] : null;
        var decision = proposed is null ? null : Session.UseCases.Titration.Judge(File, then, proposed.Dose, At);
        var model = new TitrationDayModel(then.CurrentDose ?? program.Dose, planned, proposed, decision, Session.UseCases.Titration.Limits(then));
        heading.Text = $"{Figures.Of(model.Current)} → target {Figures.Of(planned.To)} in {planned.Steps.Count} step{(planned.Steps.Count == 1 ? string.Empty : "s")}. Limits: {model.Limits}";
        table.Text = TitrationPlanText.Table(model, tableLines);
        chart.Show(model.Current, proposed?.Date ?? Session.LocalDate(At), planned.Steps);
        proposal.Text = TitrationPlanText.Proposal(model)
            + "\n" + string.Join(" ", planned.Alerts.Where(a => a.Severity >= AlertSeverity.Warning).Select(a => $"! {a.Code}"));
        newDose.Text = Figures.Of(proposed?.Dose ?? model.Current);
        (reason.Text, verdict.Text) = (string.Empty, string.Empty);
        doseForm.Error(newDose, null);
        doseForm.Error(reason, null);
        shown = planned;
    }

    private bool ReadDose()
    {
        overrideReason = string.IsNullOrWhiteSpace(reason.Text) ? null : reason.Text.Trim();
        verdict.Text = string.Empty;
        if (Read<MassFlow>(doseForm, newDose, v => v <= MassFlow.Zero ? "must be more than 0 mcg/day" : v == program.Dose ? "the dose in force: nothing to change" : null) is not { } chosen)
        {
            return false;
        }

        var decision = Session.UseCases.Titration.Judge(File, course!, chosen, At);
        switch (decision.Verdict)
        {
            case DoseVerdict.Refused:
                doseForm.Error(newDose, "refused: hard limit");
                verdict.Text = $"✗ {Figures.Of(chosen)} is beyond a hard limit: {string.Join("; ", decision.Reasons)}.";
                return false;
            case DoseVerdict.NeedsReason when overrideReason is null:
                doseForm.Error(reason, "soft limit: type why");
                verdict.Text = $"! {Figures.Of(chosen)} is beyond a soft limit: {string.Join("; ", decision.Reasons)}. Type the reason to go ahead (it is logged).";
                return false;
            case DoseVerdict.Allowed:
                overrideReason = null; // nothing overridden: a reason typed for nothing is not logged as an override
                break;
        }

        doseForm.Error(reason, null);
        dose = chosen;
        dates = Session.UseCases.Titration.DatesAfter(File, At, dose, program.Concentration);
        return true;
    }

    private bool ReadTypedId()
    {
        var ok = string.Equals((typedId.Text ?? string.Empty).Trim(), File.Id.Value, StringComparison.Ordinal);
        reviewForm.Error(typedId, ok ? null : $"type {File.Id} exactly to confirm");
        return ok;
    }

    private void ShowReview(ProgramDates after)
    {
        var before = File.Outlook;
        static string Row(string what, string was, string will) => $"{what,-12} {was,-18} {will,-19}";
        reviewTable.Text = string.Join(
            "\n",
            Row(string.Empty, "Before", "After"),
            Row("Daily dose", Figures.Of(program.Dose), $"{Figures.Of(dose)} ({TitrationPlanText.Change(program.Dose, dose)})"),
            Row("Strength", Figures.Of(program.Concentration), Figures.Of(program.Concentration)),
            Row("Rate", Figures.Of(program.Rate), Figures.Of(dose.VolumeFlowAt(program.Concentration))),
            Row("Alarm", Figures.Of(before.AlarmDate), Figures.Of(after.AlarmDate)),
            Row("Refill by", Figures.Of(before.RefillByDate), Figures.Of(after.RefillByDate)),
            Row("Target", "—", Figures.Of(plan!.To)),
            Row("Overridden", "—", overrideReason ?? "—"),
            Row("At", string.Empty, Session.Local(At)));
        calendar.Text = MonthCalendar.Render(after.RefillByDate ?? Session.LocalDate(At), [(Session.LocalDate(At), 'T'), (after.AlarmDate, 'A'), (after.RefillByDate, 'R')]);
        warnings.Text = string.Join("\n", after.Alerts.Where(a => a.Severity >= AlertSeverity.Warning).Take(3).Select(a => $"{(a.Severity == AlertSeverity.Critical ? "‼" : "!")} {a.Code}: {a.Message}"));
    }
}

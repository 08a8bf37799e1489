using System.Globalization;
using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Screening;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Screening;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// A screening-trial visit. The trial step shows the protocol's escalation (each bolus with the volume to draw at the
/// screening strength, what was given and scored) and offers what the workflow permits at the visit's moment: book the
/// trial; baseline scores, then the next bolus (or either alone); scores timed after the bolus, then its outcome (or either
/// alone). What it does not permit is listed with the unmet guard (e.g. less than 24 h since the previous bolus). Only the
/// steps the choice needs follow (booking, scores, bolus, outcome), each checked on a copy of the course in the order the
/// visit logs its events; the review lists them, with the starting dose by the rule after a positive outcome. Finish logs
/// them all at the visit's moment, in one transaction.
/// </summary>
internal sealed class ScreeningWizard : VisitWizard
{
    private const int TrialStep = 1;
    private const int BookingStep = 2;
    private const int ScoresStep = 3;
    private const int BolusStep = 4;
    private const int OutcomeStep = 5;
    private const int ReviewStep = 6;
    private const string What = "the screening visit";

    private static readonly ScreeningParts[] Order = [ScreeningParts.Booking, ScreeningParts.Baseline, ScreeningParts.Bolus, ScreeningParts.After, ScreeningParts.Outcome];

    private readonly MassConcentration strength;
    private readonly Form trialForm;
    private readonly PlainLabel escalation;
    private readonly PlainLabel standing;
    private readonly OptionSelector records;
    private readonly PlainLabel notNow;
    private readonly WizardStep bookingStep;
    private readonly Form bookingForm;
    private readonly TextField firstBolusOn;
    private readonly TextField bookingNotes;
    private readonly WizardStep scoresStep;
    private readonly Form scoresForm;
    private readonly PlainLabel scoresHeading;
    private readonly ScoresPart scores;
    private readonly WizardStep bolusStep;
    private readonly Form bolusForm;
    private readonly OptionSelector bolusDose;
    private readonly PlainLabel drawNote;
    private readonly OptionSelector route;
    private readonly WizardStep outcomeStep;
    private readonly Form outcomeForm;
    private readonly OptionSelector response;
    private readonly TextField effect;
    private readonly CheckBox adverse;
    private readonly PlainLabel summary;

    private TherapyCourse course;
    private IReadOnlyList<ScreeningChoice> offered = [];
    private IReadOnlyList<Mass> doses = [];
    private ScreeningParts chosen;
    private DateOnly bookedFor;
    private (AssessmentScores Scores, string? Site)? taken;
    private Mass dose;
    private StartDoseResult? startDose;
    private TherapyPhase after;
    private Duration effectLasted;

    /// <summary>A screening visit for a patient whose course is open.</summary>
    public ScreeningWizard(BedsideSession session, PatientFile file, TherapyCourse course)
        : base(session, file, "Screening trial")
    {
        ArgumentNullException.ThrowIfNull(course);
        this.course = course;
        strength = session.Protocol.Screening.Concentration.Value;
        First.Note(string.Empty, 5); // room for the date-time's hint where the step's help leaves it little width
        First.Note("Next: what this visit records, as the workflow permits it\nat the visit's date-time; every event is stamped with it.", 2);

        (_, trialForm) = Step("Trial", string.Empty);
        trialForm.Note("Pick what this visit records; what the workflow does not permit says why.");
        escalation = trialForm.Note(string.Empty, 5);
        standing = trialForm.Note();
        records = Below(trialForm, "This visit records", new OptionSelector { Labels = ["—"] }, 3).MovesOn(this);
        records.ValueChanged += (_, _) => Choose();
        notNow = trialForm.Note(string.Empty, 5);

        (bookingStep, bookingForm) = Step("Booking", string.Empty);
        bookingForm.Note("The day of the first bolus.");
        firstBolusOn = bookingForm.TextField("First bolus on", hint: "YYYY-MM-DD");
        bookingNotes = bookingForm.TextField("Where, with whom", hint: "optional");
        bookingNotes.Width = Form.FieldWidth;

        (scoresStep, scoresForm) = Step("Scores", string.Empty);
        scoresForm.Note("The scores taken at this visit's date-time. At least one.");
        scoresHeading = scoresForm.Note(string.Empty, 2);
        scores = new ScoresPart(scoresForm, file.Patient.Origin);

        (bolusStep, bolusForm) = Step("Bolus", string.Empty);
        bolusForm.Note("The bolus given at this visit's date-time, drawn from the screening strength.");
        drawNote = bolusForm.Note(string.Empty, 3);
        bolusDose = Below(bolusForm, "Dose", new OptionSelector { Labels = ["—"] }, 2).MovesOn(this);
        route = Below(bolusForm, "Route", new OptionSelector { Labels = ["lumbar puncture", "spinal catheter"], Orientation = Orientation.Horizontal }, 1).MovesOn(this);

        (outcomeStep, outcomeForm) = Step("Outcome", string.Empty);
        outcomeForm.Note("The clinician's verdict on the last bolus.");
        response = Below(outcomeForm, "Response", new OptionSelector { Labels = ["positive: a clinically significant fall in tone or spasms", "inadequate"] }, 2).MovesOn(this);
        effect = outcomeForm.TextField("Effect lasted", hint: "e.g. 6 h (positive only)");
        adverse = outcomeForm.Field("Adverse reaction", new CheckBox { Text = "the bolus caused one" }).MovesOn(this);

        var (_, reviewForm) = Step("Review", string.Empty);
        reviewForm.Note("What this visit logs, at its date-time. Finish logs it.");
        summary = reviewForm.Note(string.Empty, 14);
        Choose();
    }

    /// <inheritdoc/>
    protected override bool Check(int step) => step switch
    {
        0 => ReadMoment(),
        TrialStep => ReadChoice(),
        BookingStep => ReadBooking(),
        ScoresStep => ReadScores(),
        BolusStep => ReadBolus(),
        OutcomeStep => ReadOutcome(),
        _ => true,
    };

    /// <inheritdoc/>
    protected override void Entering(int step)
    {
        switch (step)
        {
            case TrialStep:
                ShowTrial();
                break;
            case BookingStep when string.IsNullOrWhiteSpace(firstBolusOn.Text):
                firstBolusOn.Text = Session.LocalDate(At).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case ScoresStep:
                scoresHeading.Text = chosen.HasFlag(ScreeningParts.After) && course.Observations.Count > 0
                    ? $"Scores {Figures.Of(SinceBolus())} after bolus {course.Observations.Count} ({Figures.Of(course.Observations[^1].Dose)}, given {Session.Local(course.Observations[^1].GivenAt)})"
                    : $"Baseline before bolus {course.Observations.Count + 1}{(course.NextScreeningBolus is { } next ? $" ({Figures.Of(next)})" : string.Empty)}";
                break;
            case BolusStep:
                ShowBolus();
                break;
            case > OutcomeStep:
                ShowReview();
                break;
        }
    }

    /// <inheritdoc/>
    protected override bool Finish()
    {
        EntryPreview? visit = null;
        foreach (var (details, reason) in Entries())
        {
            var preview = Preview(Entry(details, reason), What);
            if (preview is null)
            {
                return false;
            }

            visit = visit is null ? preview : visit with { Events = [.. visit.Events, .. preview.Events], Notices = [.. visit.Notices, .. preview.Notices] };
        }

        return visit is not null && Record(visit, What);
    }

    /// <summary>A selector on its own rows under its label, as wide as the step.</summary>
    private static OptionSelector Below(Form form, string label, OptionSelector selector, int height)
    {
        form.Note(label + ":");
        var place = form.Note(string.Empty, height);
        selector.X = 2;
        selector.Y = place.Y;
        selector.Width = Dim.Fill();
        form.Add(selector);
        return selector;
    }

    /// <summary>Puts the focus on the option chosen, after the options were rebuilt.</summary>
    private static void FocusChosen(OptionSelector selector) =>
        selector.SubViews.OfType<CheckBox>().ElementAtOrDefault(selector.Value ?? 0)?.SetFocus();

    private void ShowTrial()
    {
        course = File.CourseAt(At) ?? course;
        var plan = Session.UseCases.Screening.Plan(File.Patient.Population, course.ScreeningDate ?? Session.LocalDate(At));
        escalation.Text = Escalation(plan);
        standing.Text = $"Phase: {PhaseText.Of(course.Phase)}{(course.ScreeningDate is { } booked ? $" · first bolus booked for {Figures.Of(booked)}" : string.Empty)}";
        var choices = ScreeningChoices.At(Session.Protocol, course, At, Session.LocalDate(At), Session.Local);
        var keep = offered.Select(c => c.Label).SequenceEqual(choices.Offered.Select(c => c.Label)) ? records.Value : 0;
        offered = choices.Offered;
        records.Labels = offered.Count == 0 ? ["nothing: see below"] : [.. offered.Select(c => c.Label)];
        records.Value = keep ?? 0;
        FocusChosen(records);
        notNow.Text = choices.NotNow.Count == 0 ? string.Empty : "Not now:\n" + string.Join("\n", choices.NotNow.Select(n => n.What.Length + n.Why.Length > 70 ? $"✗ {n.What}:\n    {n.Why}" : $"✗ {n.What}: {n.Why}"));
        Choose();
    }

    private string Escalation(ScreeningPlan plan)
    {
        static string Row(string n, string dose, string draw, string status) => $"{n,-3}{dose,-9}{draw,-8}{status}";
        var rows = new List<string> { Row("#", "Dose", "Draw", "Status") };
        if (plan.SmallChildStart is { } small && course.Observations.Count == 0)
        {
            rows.Add(Row("1", Figures.Of(small.Dose), Figures.Of(small.Volume), $"a very small child's first, instead of {Figures.Of(plan.Boluses[0].Dose)}"));
        }

        foreach (var bolus in plan.Boluses)
        {
            var index = bolus.Number - 1;
            if (index < course.Observations.Count)
            {
                var seen = course.Observations[index];
                var scored = seen.AfterBolus.Count == 0 ? "no scores after it" : string.Join("; ", seen.AfterBolus.Select(t => $"{Figures.Of(t.AfterBolus)}: {t.Scores}"));
                rows.Add(Row(bolus.Number.ToString(CultureInfo.InvariantCulture), Figures.Of(seen.Dose), Figures.Of(seen.Dose.VolumeAt(strength)), $"given {Session.Local(seen.GivenAt)} · {scored}"));
                continue;
            }

            var status = index == course.Observations.Count && course.Phase is TherapyPhase.ScreeningScheduled or TherapyPhase.Candidate
                ? course.Observations.Count == 0 ? "next" : $"next, from {Session.Local(course.Observations[^1].GivenAt + TimeSpan.FromHours((double)Session.Protocol.Screening.MinimumInterval.Value.Hours))}"
                : $"only if bolus {bolus.Number - 1} is inadequate";
            rows.Add(Row(bolus.Number.ToString(CultureInfo.InvariantCulture), Figures.Of(bolus.Dose), Figures.Of(bolus.Volume), status));
        }

        return string.Join("\n", rows);
    }

    private void Choose()
    {
        chosen = offered.Count == 0 ? ScreeningParts.None : offered[Math.Clamp(records.Value ?? 0, 0, offered.Count - 1)].Parts;
        bookingStep.Enabled = chosen.HasFlag(ScreeningParts.Booking);
        scoresStep.Enabled = chosen.HasFlag(ScreeningParts.Baseline) || chosen.HasFlag(ScreeningParts.After);
        bolusStep.Enabled = chosen.HasFlag(ScreeningParts.Bolus);
        outcomeStep.Enabled = chosen.HasFlag(ScreeningParts.Outcome);
    }

    private bool ReadChoice()
    {
        Choose();
        return chosen != ScreeningParts.None;
    }

    private bool ReadBooking()
    {
        var text = (firstBolusOn.Text ?? string.Empty).Trim();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            bookingForm.Error(firstBolusOn, $"'{text}' is not a date: YYYY-MM-DD");
            return false;
        }

        if (date < Session.LocalDate(At))
        {
            bookingForm.Error(firstBolusOn, "before this visit: book a day to come");
            return false;
        }

        bookedFor = date;
        return Rehearsed(ScreeningParts.Booking, bookingForm, firstBolusOn);
    }

    private bool ReadScores()
    {
        taken = scores.Read();
        return taken is not null && Rehearsed(chosen.HasFlag(ScreeningParts.After) ? ScreeningParts.After : ScreeningParts.Baseline, scoresForm, scoresHeading);
    }

    private bool ReadBolus()
    {
        dose = doses[Math.Clamp(bolusDose.Value ?? 0, 0, doses.Count - 1)];
        return Rehearsed(ScreeningParts.Bolus, bolusForm, drawNote);
    }

    private bool ReadOutcome()
    {
        if (Positive)
        {
            if (Read<Duration>(outcomeForm, effect, v => v.Hours <= 0 ? "how long it worked, e.g. 6 h" : null) is not { } lasted)
            {
                return false;
            }

            effectLasted = lasted;
        }

        if (!Positive)
        {
            outcomeForm.Error(effect, null);
        }

        return Rehearsed(ScreeningParts.Outcome, outcomeForm, effect);
    }

    private bool Positive => response.Value == 0;

    private Duration Effect => Positive ? effectLasted : Duration.FromHours(0);

    /// <summary>
    /// Plays the visit's events up to <paramref name="through"/> on a copy of the course, in the order they are logged; when
    /// the workflow refuses one, marks <paramref name="field"/> with its unmet guard and returns false.
    /// </summary>
    private bool Rehearsed(ScreeningParts through, Form form, View field)
    {
        var copy = TherapyCourse.Replay(Session.Protocol, course.Events);
        try
        {
            foreach (var part in Order.Where(p => chosen.HasFlag(p) && p <= through))
            {
                if (!Apply(copy, part, out var why))
                {
                    Mark(form, field, string.Join("; ", why));
                    return false;
                }
            }
        }
        catch (Exception e) when (e is InvalidInputException or InvalidTransitionException)
        {
            Mark(form, field, e.Message);
            return false;
        }

        Mark(form, field, null);
        (startDose, after) = (copy.RecommendedStartDose, copy.Phase);
        return true;
    }

    private static void Mark(Form form, View field, string? why)
    {
        if (field is PlainLabel note)
        {
            if (why is not null)
            {
                note.Text = $"✗ not now: {why}";
            }

            return;
        }

        form.Error(field, why);
    }

    /// <summary>One of the visit's events on the rehearsal course, when the workflow permits it; else why not.</summary>
    private bool Apply(TherapyCourse copy, ScreeningParts part, out IReadOnlyList<string> why)
    {
        if (part == ScreeningParts.Booking)
        {
            return Then(copy.CanScheduleScreening(bookedFor, At, out why), () => copy.ScheduleScreening(bookedFor, At));
        }

        if (part is ScreeningParts.Baseline or ScreeningParts.After)
        {
            var scored = taken?.Scores ?? throw new InvalidOperationException("the scores are read before the visit is rehearsed with them");
            return Then(copy.CanRecordAssessment(scored, At, out why), () => copy.RecordAssessment(scored, At));
        }

        if (part == ScreeningParts.Bolus)
        {
            return Then(copy.CanGiveScreeningBolus(dose, At, out why), () => copy.GiveScreeningBolus(dose, At, strength));
        }

        return Then(copy.CanRecordScreeningOutcome(Verdict, Effect, At, Adverse, out why), () => copy.RecordScreeningOutcome(Verdict, Effect, At, Adverse));
    }

    private static bool Then(bool permitted, Action apply)
    {
        if (permitted)
        {
            apply();
        }

        return permitted;
    }

    private ScreeningResponse Verdict => Positive ? ScreeningResponse.Positive : ScreeningResponse.Inadequate;

    private bool Adverse => Positive && adverse.Value == CheckState.Checked;

    private Duration SinceBolus() => Duration.FromHours((decimal)(At - course.Observations[^1].GivenAt).TotalHours);

    private void ShowBolus()
    {
        var number = course.Observations.Count + 1;
        doses = [.. new[] { course.SmallChildStart, course.NextScreeningBolus }.OfType<Mass>()];
        if (doses.Count == 0)
        {
            doses = [Mass.FromMicrograms(0)];
        }

        var keep = bolusDose.Labels?.Count == doses.Count ? bolusDose.Value : null;
        bolusDose.Labels = [.. doses.Select(d => $"{Figures.Of(d)}: draw {Figures.Of(d.VolumeAt(strength))}{(d == course.SmallChildStart ? " (a very small child's first)" : $" (bolus {number})")}")];
        bolusDose.Value = keep ?? doses.Count - 1;
        FocusChosen(bolusDose);
        var products = Session.Protocol.Strengths.FirstOrDefault(s => s.UseForScreening && s.Concentration.Value == strength)?.Products ?? [];
        var next = doses[^1];
        drawNote.Text = $"Bolus {number}: {Figures.Of(next)} = draw {Figures.Of(next.VolumeAt(strength))} of the {Figures.Of(strength)} screening strength\n"
            + (products.Count == 0 ? string.Empty : $"({string.Join(", ", products)})\n")
            + $"Observe for {Figures.Of(Session.Protocol.Screening.Observation.Value)}; score after it and record the outcome.";
    }

    private void ShowReview()
    {
        var lines = new List<string> { $"At {Session.Local(At)} this visit logs:" };
        var number = course.Observations.Count;
        foreach (var part in Order.Where(p => chosen.HasFlag(p)))
        {
            lines.Add(part switch
            {
                ScreeningParts.Booking => $"• the screening trial booked: first bolus on {Figures.Of(bookedFor)}",
                ScreeningParts.Baseline => $"• baseline scores: {Scores()}",
                ScreeningParts.Bolus => $"• bolus {number + 1}: {Figures.Of(dose)} = {Figures.Of(dose.VolumeAt(strength))} of {Figures.Of(strength)}, by {RouteText}",
                ScreeningParts.After => $"• scores {Figures.Of(SinceBolus())} after bolus {number}: {Scores()}",
                _ => Positive
                    ? $"• outcome of bolus {number}: positive, effect {Figures.Of(Effect)}{(Adverse ? ", with an adverse reaction" : ", no adverse reaction")}"
                    : $"• outcome of bolus {number}: inadequate",
            });
        }

        lines.Add(string.Empty);
        lines.Add($"Phase after the visit: {PhaseText.Of(after)}");
        if (chosen.HasFlag(ScreeningParts.Outcome) && startDose is { } start)
        {
            lines.Add($"Screening positive: starting dose after implant {Figures.Of(start.StartDose)} by the rule:");
            lines.AddRange(start.Working.Take(4).Select(w => "  " + w));
        }
        else if (chosen.HasFlag(ScreeningParts.Outcome) && !Positive)
        {
            lines.Add(after == TherapyPhase.NotACandidate
                ? "No bolus is left: the patient is not a candidate for an implant."
                : $"Bolus {number + 1} follows, at least {Figures.Of(Session.Protocol.Screening.MinimumInterval.Value)} after bolus {number}, after a new baseline.");
        }

        summary.Text = string.Join("\n", lines);
    }

    private string Scores() => taken is { } t ? $"{t.Scores}{(t.Site is null ? string.Empty : $" ({t.Site})")}" : "—";

    private string RouteText => route.Value == 1 ? "spinal catheter" : "lumbar puncture";

    private IEnumerable<(EntryDetails Details, string? Reason)> Entries()
    {
        var number = course.Observations.Count;
        foreach (var part in Order.Where(p => chosen.HasFlag(p)))
        {
            yield return part switch
            {
                ScreeningParts.Booking => (new ScreeningBookingEntry(bookedFor, string.IsNullOrWhiteSpace(bookingNotes.Text) ? null : bookingNotes.Text.Trim()), null),
                ScreeningParts.Baseline => (new AssessmentEntry(AssessmentScales.ToLog(taken!.Value.Scores, taken.Value.Site)), null),
                ScreeningParts.Bolus => (new ScreeningBolusEntry(dose, strength, dose.VolumeAt(strength), route.Value == 1 ? ScreeningRoute.SpinalCatheter : ScreeningRoute.LumbarPuncture, number + 1), null),
                ScreeningParts.After => (new AssessmentEntry(AssessmentScales.ToLog(taken!.Value.Scores, taken.Value.Site), SinceBolus()), null),
                _ => Positive
                    ? (new ScreeningOutcomeEntry(TrialOutcome.Positive, Effect, course.Observations[^1].Dose, Adverse), null)
                    : (new ScreeningOutcomeEntry(TrialOutcome.Negative), after == TherapyPhase.NotACandidate ? "inadequate response; no bolus left" : "inadequate response; next bolus follows"),
            };
        }
    }
}

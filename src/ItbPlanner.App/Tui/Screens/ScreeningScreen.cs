using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Models;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Screening;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Screening;
using ItbPlanner.Domain.Workflow;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// The screening trial, step by step: book it, record the baseline, give the next bolus (the volume to draw at the
/// screening strength), record timed assessments and the outcome. The workflow's guards decide what is offered; what
/// is not is listed with the reason. Each step is logged when confirmed.
/// </summary>
internal sealed class ScreeningScreen(PatientId id) : Screen
{
    private enum Step
    {
        Book,
        Baseline,
        Bolus,
        After,
        Outcome,
        Implant,
    }

    /// <inheritdoc/>
    public override string Title => $"Screening trial · patient {id}";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        while (true)
        {
            var file = session.UseCases.Patients.Open(id);
            var course = file.Course;
            var phase = course?.Phase;
            var screening = phase is TherapyPhase.ScreeningPositive or TherapyPhase.NotACandidate || PatientActions.Can(file, Visit.Screening, out _);
            if (course is null || !screening)
            {
                Show(session);
                PatientActions.Can(file, Visit.Screening, out var why);
                return PatientActions.Unavailable(session, file, Visit.Screening, why);
            }

            var model = Model(session, file, course);
            var (options, unavailable) = Actions(session, file, course, model);
            Show(session, ScreeningView.Render(model, session.Local), WhyNotView.Render(unavailable));
            var choice = Ask.Menu(session.Console, "Screening: what next?", options);
            if (!choice.HasValue)
            {
                return Wizard.Leave(choice.Kind);
            }

            var outcome = choice.Value switch
            {
                Step.Book => Book(session, file),
                Step.Baseline => Assess(session, file, course, baseline: true),
                Step.Bolus => Bolus(session, file, course, model.NextBolus!),
                Step.After => Assess(session, file, course, baseline: false),
                Step.Outcome => Outcome(session, file, course),
                _ => ChoiceKind.Value,
            };
            if (choice.Value == Step.Implant)
            {
                return new Navigation.Navigation.Replace(new ImplantScreen(id));
            }

            if (outcome == ChoiceKind.Cancel)
            {
                return Navigation.Navigation.GoHome;
            }
        }
    }

    private static ScreeningModel Model(TuiSession session, PatientFile file, TherapyCourse course)
    {
        var plan = session.UseCases.Screening.Plan(file.Patient.Population, course.ScreeningDate ?? session.Today);
        var given = course.Observations.Count;
        var due = course.Phase is TherapyPhase.Candidate or TherapyPhase.ScreeningScheduled;
        var next = due ? plan.Boluses.ElementAtOrDefault(given) : null;
        DateTimeOffset? from = given > 0 && next is not null ? course.Observations[^1].GivenAt + session.Protocol.Screening.MinimumInterval.Value.ToTimeSpan() : null;
        AssessmentScores? baseline = null;
        if (course.Phase == TherapyPhase.ScreeningScheduled)
        {
            // A baseline is an assessment not timed after a bolus, recorded since the last bolus.
            var lastBolus = file.Record.Effective.LastOrDefault(e => e.Kind == EventKind.ScreeningBolus)?.OccurredAt ?? DateTimeOffset.MinValue;
            baseline = file.Record.Effective
                .Where(e => e.Kind == EventKind.Assessment && e.OccurredAt >= lastBolus)
                .Select(e => e.ReadPayload<AssessmentPayload>()!)
                .Where(a => a.AfterBolus is null)
                .Select(a => AssessmentScales.FromLog(a.Scores))
                .LastOrDefault(s => s is not null);
        }

        return new ScreeningModel(plan, course.Phase, course.Observations, baseline, next, from, course.RecommendedStartDose);
    }

    private static (List<(string, Step)> Options, List<WhyNotView.Unavailable> Unavailable) Actions(TuiSession session, PatientFile file, TherapyCourse course, ScreeningModel model)
    {
        var options = new List<(string, Step)>();
        var unavailable = new List<WhyNotView.Unavailable>();
        var number = course.Observations.Count;
        switch (course.Phase)
        {
            case TherapyPhase.Candidate:
                options.Add(("Book the screening trial", Step.Book));
                break;
            case TherapyPhase.ScreeningScheduled:
                options.Add(($"Record the baseline assessment before bolus {number + 1}", Step.Baseline));
                var bolus = model.NextBolus!;
                var label = $"Give bolus {bolus.Number}: {bolus.Dose.Display()} ({bolus.Volume.Display()} of {session.Protocol.Screening.Concentration.Value.Display()})";
                if (course.CanGiveScreeningBolus(bolus.Dose, session.Now, out var why))
                {
                    options.Add((label, Step.Bolus));
                }
                else
                {
                    unavailable.Add(new WhyNotView.Unavailable(label, why));
                }

                break;
            case TherapyPhase.BolusGiven:
                options.Add(($"Record an assessment after bolus {number}", Step.After));
                unavailable.Add(new WhyNotView.Unavailable($"Record the outcome of bolus {number}", ["an assessment after the bolus is recorded first"]));
                break;
            case TherapyPhase.Observing:
                options.Add(($"Record an assessment after bolus {number}", Step.After));
                options.Add(($"Record the outcome of bolus {number}", Step.Outcome));
                break;
            case TherapyPhase.ScreeningPositive:
                options.Add(("Go on to the implant", Step.Implant));
                break;
        }

        if (course.Phase is not TherapyPhase.ScreeningPositive and not TherapyPhase.NotACandidate)
        {
            unavailable.Add(new WhyNotView.Unavailable("Implant", ["it follows a positive screening outcome"]));
        }

        return (options, unavailable);
    }

    private static ChoiceKind Book(TuiSession session, PatientFile file)
    {
        var date = Ask.Date(session.Console, "Date of the first screening bolus", session.Today);
        if (!date.HasValue)
        {
            return date.Kind;
        }

        var moment = Ask.Moment(session.Console, "When was it booked", session.Now, session.FromLocal);
        if (!moment.HasValue)
        {
            return moment.Kind;
        }

        var confirm = Ask.Menu(session.Console, $"Book the screening trial for {date.Value:yyyy-MM-dd}?", [("Log the booking", true)]);
        if (confirm.HasValue)
        {
            LogWriter.Append(session, LogWriter.Entry(session, file.Id, moment.Value, new ScreeningBookingEntry(date.Value)));
        }

        return confirm.Kind;
    }

    private static ChoiceKind Assess(TuiSession session, PatientFile file, TherapyCourse course, bool baseline)
    {
        var console = session.Console;
        DateTimeOffset at;
        Duration? after = null;
        if (baseline)
        {
            var moment = Ask.Moment(console, "When were the scores taken", session.Now, session.FromLocal);
            if (!moment.HasValue)
            {
                return moment.Kind;
            }

            at = moment.Value;
        }
        else
        {
            var given = course.Observations[^1].GivenAt;
            var hours = Ask.Quantity<Duration, DurationUnit>(console, $"Time after the bolus given {session.Local(given)}", allowZero: true);
            if (!hours.HasValue)
            {
                return hours.Kind;
            }

            after = hours.Value;
            at = given + hours.Value.ToTimeSpan();
            if (at > session.Now.AddMinutes(1))
            {
                console.Write(WhyNotView.Refused("assessment", [$"{hours.Value.Display()} after the bolus is {session.Local(at)}, which has not come yet"]));
                return Ask.Menu<bool>(console, "Not recorded", []).Kind;
            }
        }

        var scores = ScoresPrompt.Ask(console, file.Patient.Origin);
        if (!scores.HasValue)
        {
            return scores.Kind;
        }

        if (!course.CanRecordAssessment(scores.Value.Scores, at, out var why))
        {
            console.Write(WhyNotView.Refused("assessment", why));
            return Ask.Menu<bool>(console, "Not recorded", []).Kind;
        }

        var what = $"{(baseline ? "Baseline" : $"{after!.Value.ToUnit(DurationUnit.Hour).Display()} after the bolus")}: {scores.Value.Scores}{(scores.Value.Site is null ? string.Empty : $" ({scores.Value.Site})")} at {session.Local(at)}";
        var confirm = Ask.Menu(console, what, [("Log the assessment", true)]);
        if (confirm.HasValue)
        {
            LogWriter.Append(session, LogWriter.Entry(session, file.Id, at, new AssessmentEntry(AssessmentScales.ToLog(scores.Value.Scores, scores.Value.Site), after)));
        }

        return confirm.Kind;
    }

    private static ChoiceKind Bolus(TuiSession session, PatientFile file, TherapyCourse course, PlannedBolus bolus)
    {
        var console = session.Console;
        var strength = session.Protocol.Screening.Concentration.Value;
        var products = session.Protocol.Strengths.FirstOrDefault(s => s.UseForScreening && s.Concentration.Value == strength)?.Products ?? [];
        console.Write(new Panel(new Markup(
            $"Bolus {bolus.Number}: [bold]{TerminalText.Markup(bolus.Dose.Display())}[/] = draw [bold]{TerminalText.Markup(bolus.Volume.Display())}[/] of the [bold]{TerminalText.Markup(strength.Display())}[/] screening strength"
            + (products.Count == 0 ? string.Empty : $" ({TerminalText.Markup(string.Join(", ", products))})")
            + $"\n[grey]{TerminalText.Markup(session.Protocol.Screening.Concentration.Cite())}; observe for {TerminalText.Markup(session.Protocol.Screening.Observation.Value.ToUnit(DurationUnit.Hour).Display())}[/]"))
        { Header = new PanelHeader("Volume to draw") });

        var route = Ask.Menu(console, "Route", [("Lumbar puncture", ScreeningRoute.LumbarPuncture), ("Spinal catheter", ScreeningRoute.SpinalCatheter)]);
        if (!route.HasValue)
        {
            return route.Kind;
        }

        var moment = Ask.Moment(console, "When was it given", session.Now, session.FromLocal);
        if (!moment.HasValue)
        {
            return moment.Kind;
        }

        if (!course.CanGiveScreeningBolus(bolus.Dose, moment.Value, out var why))
        {
            console.Write(WhyNotView.Refused($"bolus {bolus.Number} at {session.Local(moment.Value)}", why));
            return Ask.Menu<bool>(console, "Not given", []).Kind;
        }

        var confirm = Ask.Menu(console, $"Bolus {bolus.Number}, {bolus.Dose.Display()} ({bolus.Volume.Display()}), given {session.Local(moment.Value)}?", [($"Log bolus {bolus.Number} as given", true)]);
        if (confirm.HasValue)
        {
            LogWriter.Append(session, LogWriter.Entry(session, file.Id, moment.Value, new ScreeningBolusEntry(bolus.Dose, strength, bolus.Volume, route.Value, bolus.Number)));
        }

        return confirm.Kind;
    }

    private static ChoiceKind Outcome(TuiSession session, PatientFile file, TherapyCourse course)
    {
        var console = session.Console;
        var last = course.Observations[^1];
        var response = Ask.Menu(
            console,
            $"Response to the {last.Dose.Display()} bolus",
            [("Positive: a clinically significant fall in tone or spasms", ScreeningResponse.Positive), ("Inadequate", ScreeningResponse.Inadequate)]);
        if (!response.HasValue)
        {
            return response.Kind;
        }

        var effect = Duration.Zero;
        var adverse = false;
        if (response.Value == ScreeningResponse.Positive)
        {
            var lasted = Ask.Quantity<Duration, DurationUnit>(console, "How long did the effect last");
            if (!lasted.HasValue)
            {
                return lasted.Kind;
            }

            var reaction = Ask.Menu(console, "Did the bolus cause an adverse reaction?", [("No", false), ("Yes", true)]);
            if (!reaction.HasValue)
            {
                return reaction.Kind;
            }

            (effect, adverse) = (lasted.Value, reaction.Value);
        }

        var moment = Ask.Moment(console, "When was the outcome decided", session.Now, session.FromLocal);
        if (!moment.HasValue)
        {
            return moment.Kind;
        }

        if (!course.CanRecordScreeningOutcome(response.Value, effect, moment.Value, adverse, out var why))
        {
            console.Write(WhyNotView.Refused("outcome", why));
            return Ask.Menu<bool>(console, "Not recorded", []).Kind;
        }

        var next = course.NextScreeningBolus;
        var meaning = response.Value == ScreeningResponse.Positive
            ? $"positive (effect {effect.Display()}{(adverse ? ", adverse reaction" : string.Empty)}): the patient goes on to the implant"
            : next is { } dose ? $"inadequate: bolus {course.Observations.Count + 1} ({dose.Display()}) follows, at least {session.Protocol.Screening.MinimumInterval.Value} after this one"
            : "inadequate, and no bolus is left: the patient is not a candidate for an implant";
        var confirm = Ask.Menu(console, $"Outcome {meaning}?", [("Log the outcome", true)]);
        if (!confirm.HasValue)
        {
            return confirm.Kind;
        }

        var entry = response.Value == ScreeningResponse.Positive
            ? new ScreeningOutcomeEntry(TrialOutcome.Positive, effect, last.Dose, adverse)
            : new ScreeningOutcomeEntry(TrialOutcome.Negative);
        LogWriter.Append(session, LogWriter.Entry(session, file.Id, moment.Value, entry, next is null || response.Value == ScreeningResponse.Positive ? null : "inadequate response; next bolus follows"));
        return ChoiceKind.Value;
    }
}

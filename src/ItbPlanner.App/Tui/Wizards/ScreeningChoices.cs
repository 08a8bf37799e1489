using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>What a screening visit records, in the order it is logged.</summary>
[Flags]
internal enum ScreeningParts
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The trial booked.</summary>
    Booking = 1,

    /// <summary>Scores before the next bolus.</summary>
    Baseline = 2,

    /// <summary>The next bolus given.</summary>
    Bolus = 4,

    /// <summary>Scores timed after the last bolus.</summary>
    After = 8,

    /// <summary>The verdict on the last bolus.</summary>
    Outcome = 16,
}

/// <summary>One thing a screening visit may record now, as the user reads it.</summary>
/// <param name="Label">What it records, in words.</param>
/// <param name="Parts">The events it logs.</param>
internal sealed record ScreeningChoice(string Label, ScreeningParts Parts);

/// <summary>
/// What the workflow permits a screening visit to record at its moment, and what it does not with the unmet guard in the
/// workflow's words (e.g. less than 24 h since the previous bolus). Each choice is rehearsed on a copy of the course, in the
/// order the visit would log its events, so a baseline taken at this visit counts for the bolus that follows it.
/// </summary>
/// <param name="Offered">The choices permitted, the usual one first.</param>
/// <param name="NotNow">What is not permitted now, each with why.</param>
internal sealed record ScreeningChoices(IReadOnlyList<ScreeningChoice> Offered, IReadOnlyList<(string What, string Why)> NotNow)
{
    /// <summary>Any score stands in for the scores not yet taken: the workflow asks only that a baseline exists.</summary>
    private static readonly AssessmentScores Placeholder = new(pennSpasmFrequency: new PennSpasmFrequency(0));

    /// <summary>The choices for a course at a visit's moment (<paramref name="day"/> its local date); <paramref name="local"/> shows a moment in the clinic's zone.</summary>
    public static ScreeningChoices At(Protocol protocol, TherapyCourse course, DateTimeOffset at, DateOnly day, Func<DateTimeOffset, string> local)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(local);
        var offered = new List<ScreeningChoice>();
        var notNow = new List<(string What, string Why)>();
        var number = course.Observations.Count + 1;
        switch (course.Phase)
        {
            case TherapyPhase.Candidate:
                if (Allowed(() => (course.CanScheduleScreening(day, at, out var why), why), out var unmet))
                {
                    offered.Add(new("Book the screening trial", ScreeningParts.Booking));
                }
                else
                {
                    notNow.Add(("Book the screening trial", string.Join("; ", unmet)));
                }

                break;
            case TherapyPhase.ScreeningScheduled when course.NextScreeningBolus is { } next:
                var bolus = $"bolus {number} ({Figures.Of(next)})";
                var now = Allowed(() => (course.CanGiveScreeningBolus(next, at, out var why), why), out var unmetNow);
                var baseline = Allowed(() => (course.CanRecordAssessment(Placeholder, at, out var why), why), out var unmetBaseline);
                var afterBaseline = Allowed(() => AfterBaseline(protocol, course, next, at), out var unmetAfterBaseline);
                if (now)
                {
                    offered.Add(new($"Give {bolus}: the baseline is taken", ScreeningParts.Bolus));
                }

                if (baseline && afterBaseline)
                {
                    offered.Add(new($"{(now ? "New baseline" : "Baseline")} scores, then give {bolus}", ScreeningParts.Baseline | ScreeningParts.Bolus));
                }

                if (baseline)
                {
                    offered.Add(new($"{(now ? "New baseline" : "Baseline")} scores only ({bolus} later)", ScreeningParts.Baseline));
                }
                else
                {
                    notNow.Add(("Baseline scores", string.Join("; ", unmetBaseline)));
                }

                if (!now && !afterBaseline)
                {
                    var from = course.Observations.Count == 0 ? null : $", from {local(course.Observations[^1].GivenAt + TimeSpan.FromHours((double)protocol.Screening.MinimumInterval.Value.Hours))}";
                    notNow.Add(($"Give {bolus}{from}", string.Join("; ", baseline ? unmetAfterBaseline : unmetNow)));
                }

                break;
            case TherapyPhase.BolusGiven or TherapyPhase.Observing:
                var last = course.Observations[^1];
                var given = $"bolus {number - 1} ({Figures.Of(last.Dose)}, given {local(last.GivenAt)})";
                if (at <= last.GivenAt)
                {
                    notNow.Add(($"Scores after {given}", "the visit is not after it"));
                }
                else if (Allowed(() => (course.CanRecordAssessment(Placeholder, at, out var why), why), out var unmetAfter))
                {
                    var hours = Figures.Of(Duration.FromHours((decimal)(at - last.GivenAt).TotalHours));
                    offered.Add(new($"Scores {hours} after {given}", ScreeningParts.After));
                    offered.Add(new($"Scores {hours} after bolus {number - 1}, then its outcome", ScreeningParts.After | ScreeningParts.Outcome));
                }
                else
                {
                    notNow.Add(($"Scores after {given}", string.Join("; ", unmetAfter)));
                }

                if (Allowed(() => (course.CanRecordScreeningOutcome(ScreeningResponse.Inadequate, Duration.Zero, at, false, out var why), why), out var unmetOutcome)
                    || Allowed(() => (course.CanRecordScreeningOutcome(ScreeningResponse.Positive, Duration.FromHours(1), at, false, out var why), why), out unmetOutcome))
                {
                    offered.Add(new($"The outcome of bolus {number - 1} (no further scores)", ScreeningParts.Outcome));
                }
                else
                {
                    notNow.Add(($"The outcome of bolus {number - 1}", string.Join("; ", unmetOutcome)));
                }

                break;
            default:
                notNow.Add(("Nothing", $"the screening trial is over (phase: {PhaseText.Of(course.Phase)})"));
                break;
        }

        if (course.Phase == TherapyPhase.Candidate || course.IsIn(TherapyPhase.ScreeningPhases))
        {
            notNow.Add(("Implant", "it follows a positive screening outcome"));
        }

        return new ScreeningChoices(offered, notNow);
    }

    /// <summary>Whether the next bolus could follow a baseline taken at this visit.</summary>
    private static (bool, IReadOnlyList<string>) AfterBaseline(Protocol protocol, TherapyCourse course, Mass next, DateTimeOffset at)
    {
        var copy = TherapyCourse.Replay(protocol, course.Events);
        copy.RecordAssessment(Placeholder, at);
        return (copy.CanGiveScreeningBolus(next, at, out var why), why);
    }

    /// <summary>Asks a workflow question; an impossible input (a moment before the course's last event) is its own reason.</summary>
    private static bool Allowed(Func<(bool Ok, IReadOnlyList<string> Why)> ask, out IReadOnlyList<string> why)
    {
        try
        {
            (var ok, why) = ask();
            return ok;
        }
        catch (Exception e) when (e is InvalidInputException or InvalidTransitionException)
        {
            why = [e.Message];
            return false;
        }
    }
}
